import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MessageChannel, MessageStatsQuery, MessageStatsView, MessageType, type AgencyFiguresRow } from '@weimin/contracts';
import { agencyScopeOf, StaffCaller } from '../auth/staff-principal';
import { assertPeriodOrder } from '../common/http/period-query.dto';
import type { AppConfig } from '../config/configuration';
import { addCounts, countsOf, emptyCounts, FigureCounts, rankAgencies, toFigures } from './message-figures';
import { messageSummarySentence } from './message-summary';
import { StatsStore } from './stats.store';

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
    private readonly store: StatsStore,
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
    const names = await this.store.repositories.stats.agencyNames(groups.map((g) => g.agencyId));

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

  /** Each group's sums, and what countsOf (message-figures.ts) says the group counts for. */
  private async groupCounts(query: MessageStatsQuery, now: Date): Promise<GroupRow[]> {
    const sums = await this.store.repositories.stats.messageGroupSums(query, now);
    return sums.map(({ agencyId, type, channel, ...group }) => ({ ...countsOf(group), agencyId, type, channel }));
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
