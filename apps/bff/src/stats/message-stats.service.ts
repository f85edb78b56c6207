import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MessageChannel,
  MessageStatsQuery,
  MessageStatsView,
  MessageType,
  type AgencyFiguresRow,
  type MessageStatus,
  type Satisfaction,
} from '@weimin/contracts';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { agencyScopeOf, StaffCaller } from '../auth/staff-principal';
import { startOfChinaDay, startOfNextChinaDay } from '../calendar/working-days';
import { assertPeriodOrder } from '../common/http/period-query.dto';
import type { AppConfig } from '../config/configuration';
import { Message } from '../messages/message.entity';
import { addCounts, countsOf, emptyCounts, FigureCounts, rankAgencies, toFigures } from './message-figures';
import { messageSummarySentence } from './message-summary';

/** Name of the group of messages no agency has (the office's dispatch queue, returned, held). */
export const UNASSIGNED_LABEL = '未交办';

interface GroupRow extends FigureCounts {
  agencyId: number | null;
  type: MessageType;
  channel: MessageChannel;
}

/**
 * The message figures of docs/domain.md §4, defined in README.md ("Statistics"). One SQL query, grouped by agency × type ×
 * channel × status × rating and read from one covering index (idx_message_stats), gives every group's sums; totals,
 * the three breakdowns and the ranking are added up from those rows (a few thousand at most). Works the same on SQLite
 * and MySQL/MariaDB.
 *
 * Whose message: the agency it is with now (assignedAgencyId), which for an answered one is the agency that answered
 * (only the assigned agency may reply, and replying keeps the assignment). A returned message belongs to no agency
 * until re-dispatched; a reopened one counts once, with its latest answer.
 */
@Injectable()
export class MessageStatsService {
  private readonly rankingMinItems: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService<AppConfig, true>,
  ) {
    this.rankingMinItems = config.get('stats', { infer: true }).rankingMinItems;
  }

  async messageStats(caller: StaffCaller, query: MessageStatsQuery): Promise<MessageStatsView> {
    assertPeriodOrder(query.from, query.to);
    // The access table lets only the office and admins in; should that change, agency roles still see only their own.
    const scope = agencyScopeOf(caller);
    const effective: MessageStatsQuery = scope === undefined ? query : { ...query, agencyId: scope };
    const now = new Date();
    const groups = await this.groupCounts(effective, now);
    const names = await this.agencyNames(groups.map((g) => g.agencyId));

    const total = emptyCounts();
    const perAgency = new Map<number | null, FigureCounts>();
    // Every type and channel has a row, in the order of the enums, even with nothing in it.
    const perType = new Map(Object.values(MessageType).map((type) => [type, emptyCounts()]));
    const perChannel = new Map(Object.values(MessageChannel).map((channel) => [channel, emptyCounts()]));
    for (const group of groups) {
      addCounts(total, group);
      addTo(perAgency, group.agencyId, group);
      addTo(perType, group.type, group);
      addTo(perChannel, group.channel, group);
    }

    const byAgency: AgencyFiguresRow[] = [...perAgency]
      .map(([agencyId, counts]) => ({
        agencyId,
        agencyName: agencyId === null ? UNASSIGNED_LABEL : (names.get(agencyId) ?? `#${agencyId}`),
        ...toFigures(counts),
      }))
      .sort((a, b) => b.received - a.received || a.agencyName.localeCompare(b.agencyName, 'zh-CN'));
    const byType = [...perType].map(([type, counts]) => ({ type, ...toFigures(counts) }));
    const byChannel = [...perChannel].map(([channel, counts]) => ({ channel, ...toFigures(counts) }));
    const totals = toFigures(total);
    const echo = pickDefined(effective);
    return {
      query: echo,
      generatedAt: now.toISOString(),
      totals,
      byAgency,
      byType,
      byChannel,
      ranking: { minItems: this.rankingMinItems, rows: rankAgencies(byAgency, this.rankingMinItems) },
      summary: messageSummarySentence(echo, totals, byChannel),
    };
  }

  /**
   * Sums per agency × type × channel × status × rating, the index's own order; countsOf (message-figures.ts) says
   * what each group counts for, so the database does only the few comparisons that need a row.
   */
  private async groupCounts(query: MessageStatsQuery, now: Date): Promise<GroupRow[]> {
    const builder = this.dataSource
      .getRepository(Message)
      .createQueryBuilder('message')
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
      ...countsOf({
        status: row.status as MessageStatus,
        rating: (row.rating ?? null) as Satisfaction | null,
        messages: number(row.messages),
        repliedOnTime: number(row.repliedOnTime),
        replyWorkdaysSum: number(row.replyWorkdaysSum),
        replyWorkdaysCount: number(row.replyWorkdaysCount),
        pastDue: number(row.pastDue),
      }),
      agencyId: row.agencyId === null ? null : Number(row.agencyId),
      type: row.type as MessageType,
      channel: row.channel as MessageChannel,
    }));
  }

  private async agencyNames(ids: Array<number | null>): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const agencies = await this.dataSource.getRepository(Agency).createQueryBuilder('agency').select(['agency.id', 'agency.name']).whereInIds(wanted).getMany();
    return new Map(agencies.map((agency) => [agency.id, agency.name]));
  }
}

function addTo<K>(groups: Map<K, FigureCounts>, key: K, counts: FigureCounts): void {
  const sums = groups.get(key);
  if (sums) addCounts(sums, counts);
  else groups.set(key, addCounts(emptyCounts(), counts));
}

function pickDefined(query: MessageStatsQuery): MessageStatsQuery {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as MessageStatsQuery;
}
