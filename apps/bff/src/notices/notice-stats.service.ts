import { Injectable } from '@nestjs/common';
import { NoticeFigures, NoticeFiguresQuery } from '@weimin/contracts';
import { startOfChinaDay, startOfNextChinaDay } from '../calendar/working-days';
import { assertPeriodOrder } from '../common/http/period-query.dto';
import { NoticeFreshnessService } from './notice-freshness.service';
import { NoticeStore } from './notice.store';

/** Figures for the annual report (docs/domain.md §4): notices per unit and section in a period, and stale units now. */
@Injectable()
export class NoticeStatsService {
  constructor(
    private readonly store: NoticeStore,
    private readonly freshness: NoticeFreshnessService,
  ) {}

  async figures(query: NoticeFiguresQuery, now = new Date()): Promise<NoticeFigures> {
    assertPeriodOrder(query.from, query.to);
    const start = startOfChinaDay(query.from);
    const end = startOfNextChinaDay(query.to);
    const published = await this.store.repositories.notices.publishedCounts(start, end);
    const stale = (await this.freshness.unitSections(now)).filter((row) => row.freshness.state === 'stale');
    return {
      from: query.from,
      to: query.to,
      published,
      publishedTotal: published.reduce((sum, row) => sum + row.count, 0),
      byUnit: byUnit(published),
      staleNow: stale.map((row) => ({
        agencyId: row.agencyId,
        agencyName: row.agencyName,
        section: row.section,
        daysSinceUpdate: row.freshness.daysSinceUpdate,
      })),
    };
  }
}

/** Per unit, a count for each section: the table the annual report prints. Units keep the order of `published`. */
function byUnit(published: NoticeFigures['published']): NoticeFigures['byUnit'] {
  const units = new Map<number, NoticeFigures['byUnit'][number]>();
  for (const row of published) {
    const unit = units.get(row.agencyId) ?? {
      agencyId: row.agencyId,
      agencyName: row.agencyName,
      counts: { announcements: 0, services: 0, rules: 0 },
      total: 0,
    };
    unit.counts[row.section] += row.count;
    unit.total += row.count;
    units.set(row.agencyId, unit);
  }
  return [...units.values()];
}
