import type { MessageChannel, MessageStatsQuery, MessageStatus, MessageType, Satisfaction } from '@weimin/contracts';
import type { EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { startOfChinaDay, startOfNextChinaDay } from '../calendar/working-days';
import { Message } from '../messages/message.entity';

/** The sums of one agency × type × channel × status × rating group of messages. */
export interface MessageGroupSums {
  agencyId: number | null;
  type: MessageType;
  channel: MessageChannel;
  status: MessageStatus;
  rating: Satisfaction | null;
  messages: number;
  repliedOnTime: number;
  replyWorkdaysSum: number;
  replyWorkdaysCount: number;
  pastDue: number;
}

/** The statistics' queries over messages (read-only): grouped sums in SQL, and the names of the agencies in them. */
export class StatsRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Sums per agency × type × channel × status × rating, the order of the covering index idx_message_stats, for the
   * messages submitted in the query's period that match its filters. `now` decides what is past due.
   */
  async messageGroupSums(query: MessageStatsQuery, now: Date): Promise<MessageGroupSums[]> {
    const builder = this.manager
      .createQueryBuilder(Message, 'message')
      .select('message.assignedAgencyId', 'agencyId')
      .addSelect('message.type', 'type')
      .addSelect('message.channel', 'channel')
      .addSelect('message.status', 'status')
      .addSelect('message.rating', 'rating')
      .addSelect('COUNT(*)', 'messages')
      .addSelect('SUM(CASE WHEN message.repliedAt <= message.dueAt THEN 1 ELSE 0 END)', 'repliedOnTime')
      .addSelect('SUM(message.replyWorkdays)', 'replyWorkdaysSum')
      .addSelect('COUNT(message.replyWorkdays)', 'replyWorkdaysCount')
      .addSelect('SUM(CASE WHEN message.dueAt < :now THEN 1 ELSE 0 END)', 'pastDue')
      .setParameter('now', now)
      .groupBy('message.assignedAgencyId')
      .addGroupBy('message.type')
      .addGroupBy('message.channel')
      .addGroupBy('message.status')
      .addGroupBy('message.rating');
    if (query.from) builder.andWhere('message.submittedAt >= :from', { from: startOfChinaDay(query.from) });
    if (query.to) builder.andWhere('message.submittedAt < :to', { to: startOfNextChinaDay(query.to) });
    if (query.agencyId) builder.andWhere('message.assignedAgencyId = :agencyId', { agencyId: query.agencyId });
    if (query.type) builder.andWhere('message.type = :type', { type: query.type });
    if (query.channel) builder.andWhere('message.channel = :channel', { channel: query.channel });
    const rows = await builder.getRawMany<Record<string, unknown>>();
    // MySQL answers SUM() as a DECIMAL string, SQLite as a number; SUM over no value is NULL.
    const number = (value: unknown) => Number(value ?? 0);
    return rows.map((row) => ({
      agencyId: row.agencyId === null ? null : Number(row.agencyId),
      type: row.type as MessageType,
      channel: row.channel as MessageChannel,
      status: row.status as MessageStatus,
      rating: (row.rating ?? null) as Satisfaction | null,
      messages: number(row.messages),
      repliedOnTime: number(row.repliedOnTime),
      replyWorkdaysSum: number(row.replyWorkdaysSum),
      replyWorkdaysCount: number(row.replyWorkdaysCount),
      pastDue: number(row.pastDue),
    }));
  }

  async agencyNames(ids: Array<number | null>): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const agencies = await this.manager.createQueryBuilder(Agency, 'agency').select(['agency.id', 'agency.name']).whereInIds(wanted).getMany();
    return new Map(agencies.map((agency) => [agency.id, agency.name]));
  }
}
