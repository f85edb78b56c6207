import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  MessageChannel,
  MessageStatsQuery,
  MessageStatsView,
  MessageType,
  type AgencyFiguresRow,
} from '@weimin/contracts';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { agencyScopeOf, StaffCaller } from '../auth/staff-principal';
import { startOfChinaDay, startOfNextChinaDay } from '../calendar/working-days';
import { DomainException } from '../common/errors/domain.exception';
import type { AppConfig } from '../config/configuration';
import { Message } from '../messages/message.entity';
import { addCounts, COUNT_FIELDS, emptyCounts, FigureCounts, rankAgencies, toFigures } from './message-figures';
import { messageSummarySentence } from './message-summary';

/** Name of the group of messages no agency has (the office's dispatch queue, returned, held). */
export const UNASSIGNED_LABEL = '未交办';

interface GroupRow extends FigureCounts {
  agencyId: number | null;
  type: MessageType;
  channel: MessageChannel;
}

/**
 * The message figures of DOMAIN.md §4, defined in README.md ("Statistics"). One SQL query, grouped by agency × type ×
 * channel and read from one covering index (idx_message_stats), gives every group's sums; totals, the three
 * breakdowns and the ranking are added up from those few hundred rows. Works the same on SQLite and MySQL/MariaDB.
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
    if (query.from && query.to && query.from > query.to) {
      throw new DomainException(ErrorCode.ValidationFailed, '结束日期不能早于开始日期', [{ field: 'to', messages: ['结束日期不能早于开始日期'] }]);
    }
    // The access table lets only the office and admins in; should that change, agency roles still see only their own.
    const scope = agencyScopeOf(caller);
    const effective: MessageStatsQuery = scope === undefined ? query : { ...query, agencyId: scope };
    const now = new Date();
    const groups = await this.groupCounts(effective, now);
    const names = await this.agencyNames(groups.map((g) => g.agencyId));

    const total = emptyCounts();
    const perAgency = new Map<number | null, FigureCounts>();
    const perType = new Map<MessageType, FigureCounts>(Object.values(MessageType).map((t) => [t, emptyCounts()]));
    const perChannel = new Map<MessageChannel, FigureCounts>(Object.values(MessageChannel).map((c) => [c, emptyCounts()]));
    for (const group of groups) {
      addCounts(total, group);
      if (!perAgency.has(group.agencyId)) perAgency.set(group.agencyId, emptyCounts());
      addCounts(perAgency.get(group.agencyId)!, group);
      addCounts(perType.get(group.type) ?? perType.set(group.type, emptyCounts()).get(group.type)!, group);
      addCounts(perChannel.get(group.channel) ?? perChannel.set(group.channel, emptyCounts()).get(group.channel)!, group);
    }

    const byAgency: AgencyFiguresRow[] = [...perAgency]
      .map(([agencyId, counts]) => ({ agencyId, agencyName: agencyId === null ? UNASSIGNED_LABEL : (names.get(agencyId) ?? `#${agencyId}`), ...toFigures(counts) }))
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
   * valid: not hidden and not held for moderation. replied: replied or closed (a hidden one is no longer valid, a
   * reopened one is assigned again until re-answered). on time: the reply at or before the due date of the assignment
   * it answered, extension included. rated: a rating stands on the latest reply (reopening clears it).
   */
  private async groupCounts(query: MessageStatsQuery, now: Date): Promise<GroupRow[]> {
    const answered = "message.status IN ('replied', 'closed')";
    const builder = this.dataSource
      .getRepository(Message)
      .createQueryBuilder('message')
      .select('message.assignedAgencyId', 'agencyId')
      .addSelect('message.type', 'type')
      .addSelect('message.channel', 'channel')
      .addSelect('COUNT(*)', 'received')
      .addSelect("SUM(CASE WHEN message.status NOT IN ('hidden', 'held') THEN 1 ELSE 0 END)", 'valid')
      .addSelect(`SUM(CASE WHEN ${answered} THEN 1 ELSE 0 END)`, 'replied')
      .addSelect(`SUM(CASE WHEN ${answered} AND message.repliedAt <= message.dueAt THEN 1 ELSE 0 END)`, 'onTime')
      .addSelect(`SUM(CASE WHEN ${answered} AND message.replyWorkdays IS NOT NULL THEN message.replyWorkdays ELSE 0 END)`, 'replyWorkdaysSum')
      .addSelect(`SUM(CASE WHEN ${answered} AND message.replyWorkdays IS NOT NULL THEN 1 ELSE 0 END)`, 'replyWorkdaysCount')
      .addSelect(`SUM(CASE WHEN ${answered} AND message.rating IS NOT NULL THEN 1 ELSE 0 END)`, 'rated')
      .addSelect(`SUM(CASE WHEN ${answered} AND message.rating IN ('satisfied', 'basically_satisfied') THEN 1 ELSE 0 END)`, 'satisfied')
      .addSelect("SUM(CASE WHEN message.status = 'assigned' AND message.dueAt < :now THEN 1 ELSE 0 END)", 'overdueNow')
      .setParameter('now', now)
      .groupBy('message.assignedAgencyId')
      .addGroupBy('message.type')
      .addGroupBy('message.channel');
    if (query.from) builder.andWhere('message.submittedAt >= :from', { from: startOfChinaDay(query.from) });
    if (query.to) builder.andWhere('message.submittedAt < :to', { to: startOfNextChinaDay(query.to) });
    if (query.agencyId) builder.andWhere('message.assignedAgencyId = :agencyId', { agencyId: query.agencyId });
    if (query.type) builder.andWhere('message.type = :type', { type: query.type });
    if (query.channel) builder.andWhere('message.channel = :channel', { channel: query.channel });
    const rows = await builder.getRawMany<Record<string, unknown>>();
    // MySQL answers SUM() as a DECIMAL string, SQLite as a number.
    return rows.map((row) => {
      const counts = emptyCounts();
      for (const field of COUNT_FIELDS) counts[field] = Number(row[field] ?? 0);
      return { ...counts, agencyId: row.agencyId === null ? null : Number(row.agencyId), type: row.type as MessageType, channel: row.channel as MessageChannel };
    });
  }

  private async agencyNames(ids: Array<number | null>): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const agencies = await this.dataSource.getRepository(Agency).createQueryBuilder('agency').select(['agency.id', 'agency.name']).whereInIds(wanted).getMany();
    return new Map(agencies.map((agency) => [agency.id, agency.name]));
  }
}

function pickDefined(query: MessageStatsQuery): MessageStatsQuery {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as MessageStatsQuery;
}
