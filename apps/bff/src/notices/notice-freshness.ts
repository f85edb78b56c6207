import type { FreshnessState, NoticeSection } from '@weimin/contracts';

export interface FreshnessRules {
  /** Calendar days a section may go without a new notice. */
  staleDays: Record<NoticeSection, number>;
  /** 即将超期 this many days before stale. */
  dueSoonDays: number;
}

export interface Freshness {
  state: FreshnessState;
  /** Whole calendar days (China time) from the newest notice's day to today; null without any notice. */
  daysSinceUpdate: number | null;
  /**
   * Identifies the current stale period, for "remind once per stale period": the section and the newest notice it
   * went stale after. A new notice that later goes stale again starts a new period. Null unless stale.
   */
  stalePeriod: string | null;
}

const DAY_MS = 86_400_000;
/** Days are counted on China's calendar (UTC+8, no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

function chinaDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + CHINA_OFFSET_MS) / DAY_MS);
}

/** Calendar days from `since` to `now`, both taken as China dates (a notice of yesterday evening is 1 day old). */
export function daysBetween(since: Date, now: Date): number {
  return Math.max(0, chinaDayNumber(now) - chinaDayNumber(since));
}

/**
 * 信息定期更新提示 (docs/domain.md §2): a unit-section is stale once its newest published notice is `staleDays` old (a
 * section with no notice at all is stale too), due soon in the `dueSoonDays` before, fresh otherwise.
 */
export function freshnessOf(section: NoticeSection, lastPublishedAt: Date | null, now: Date, rules: FreshnessRules): Freshness {
  const threshold = rules.staleDays[section];
  if (!lastPublishedAt) return { state: 'stale', daysSinceUpdate: null, stalePeriod: `${section}:none` };
  const days = daysBetween(lastPublishedAt, now);
  if (days >= threshold) return { state: 'stale', daysSinceUpdate: days, stalePeriod: `${section}:${lastPublishedAt.toISOString()}` };
  return { state: days >= threshold - rules.dueSoonDays ? 'due_soon' : 'fresh', daysSinceUpdate: days, stalePeriod: null };
}
