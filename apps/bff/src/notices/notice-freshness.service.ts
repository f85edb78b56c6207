import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { FreshnessBoardView, FreshnessQuery, Industry, NOTICE_SECTIONS, NoticeSection, SectionFreshness, UnitFreshness } from '@weimin/contracts';
import type { AppConfig } from '../config/configuration';
import { Freshness, freshnessOf, FreshnessRules } from './notice-freshness';
import { NoticeStore } from './notice.store';

/** One unit-section as the scan and the board see it. */
export interface UnitSection {
  agencyId: number;
  agencyName: string;
  industry: Industry | null;
  section: NoticeSection;
  lastPublishedAt: Date | null;
  freshness: Freshness;
  /** Unique per unit, section and stale period; null unless stale. */
  periodKey: string | null;
}

/** 信息定期更新提示 (docs/domain.md §2): the state of every active unit's three sections, from the newest published notice. */
@Injectable()
export class NoticeFreshnessService {
  readonly rules: FreshnessRules;

  constructor(
    private readonly store: NoticeStore,
    config: ConfigService<AppConfig, true>,
  ) {
    this.rules = config.get('notices', { infer: true });
  }

  /** Every active public enterprise × section, in the units' display order. */
  async unitSections(now: Date, filter: { industry?: Industry } = {}): Promise<UnitSection[]> {
    const units = await this.store.repositories.notices.activeUnits(filter.industry);
    if (units.length === 0) return [];
    const newest = await this.store.repositories.notices.newestPublished(units.map((unit) => unit.id));
    const last = new Map(newest.map((row) => [`${row.agencyId}:${row.section}`, row.lastPublishedAt]));
    return units.flatMap((unit) =>
      NOTICE_SECTIONS.map((section) => {
        const lastPublishedAt = last.get(`${unit.id}:${section}`) ?? null;
        const freshness = freshnessOf(section, lastPublishedAt, now, this.rules);
        return {
          agencyId: unit.id,
          agencyName: unit.name,
          industry: unit.industry,
          section,
          lastPublishedAt,
          freshness,
          periodKey: freshness.stalePeriod ? `${unit.id}:${freshness.stalePeriod}` : null,
        };
      }),
    );
  }

  /** The office's freshness board: unit × section, days since the last update, state, and whether reminded. */
  async board(query: FreshnessQuery, now = new Date()): Promise<FreshnessBoardView> {
    const rows = await this.unitSections(now, { industry: query.industry });
    const keys = rows.map((row) => row.periodKey).filter((key): key is string => key !== null);
    const remindedAt = await this.store.repositories.reminders.remindedAt(keys);
    const units = new Map<number, UnitFreshness>();
    for (const row of rows) {
      const unit = units.get(row.agencyId) ?? { agencyId: row.agencyId, agencyName: row.agencyName, industry: row.industry, sections: [] };
      const section: SectionFreshness = {
        section: row.section,
        state: row.freshness.state,
        lastPublishedAt: row.lastPublishedAt?.toISOString() ?? null,
        daysSinceUpdate: row.freshness.daysSinceUpdate,
        thresholdDays: this.rules.staleDays[row.section],
        remindedAt: (row.periodKey && remindedAt.get(row.periodKey)?.toISOString()) || null,
      };
      unit.sections.push(section);
      units.set(row.agencyId, unit);
    }
    const listed = [...units.values()].filter((unit) => !query.state || unit.sections.some((section) => section.state === query.state));
    return { thresholds: { ...this.rules.staleDays }, units: listed };
  }
}
