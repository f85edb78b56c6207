import type { OpinionAdoption, SolicitationFigureRow, SolicitationFigures } from '@weimin/contracts';
import { chinaDay } from '../calendar/working-days';
import { adoptionCounts, averageOf, daysBetween, sumAdoptionCounts } from './solicitation-transitions';

/** One solicitation as the figures count it. */
export interface CountedSolicitation {
  agencyId: number;
  closesAt: Date | null;
  feedbackPublishedAt: Date | null;
  marks: ReadonlyArray<OpinionAdoption | null>;
}

/** The figures of some solicitations: how many, their opinions and marks, the adoption rate and days to feedback. */
export function figureRow(items: readonly CountedSolicitation[]): SolicitationFigureRow {
  const withFeedback = items.filter((item) => item.feedbackPublishedAt && item.closesAt);
  return {
    solicitations: items.length,
    ...sumAdoptionCounts(items.map((item) => adoptionCounts(item.marks))),
    withFeedback: withFeedback.length,
    averageDaysToFeedback: averageOf(withFeedback.map((item) => daysBetween(chinaDay(item.closesAt!), chinaDay(item.feedbackPublishedAt!)))),
  };
}

/** 统计分析 › 意见征集: the totals and one row per agency (most solicitations first, then by name). */
export function solicitationFigures(
  from: string,
  to: string,
  items: readonly CountedSolicitation[],
  agencyNames: ReadonlyMap<number, string>,
): SolicitationFigures {
  const byAgency = new Map<number, CountedSolicitation[]>();
  for (const item of items) byAgency.set(item.agencyId, [...(byAgency.get(item.agencyId) ?? []), item]);
  return {
    from,
    to,
    totals: figureRow(items),
    byAgency: [...byAgency.entries()]
      .map(([agencyId, rows]) => ({ agencyId, agencyName: agencyNames.get(agencyId) ?? '', ...figureRow(rows) }))
      .sort((a, b) => b.solicitations - a.solicitations || a.agencyName.localeCompare(b.agencyName, 'zh')),
  };
}
