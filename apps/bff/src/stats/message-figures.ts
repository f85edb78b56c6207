import type { AgencyFiguresRow, AgencyRankingRow, MessageFigures } from '@weimin/contracts';

/** What SQL adds up per group; every figure is derived from these sums, so groups can be added together. */
export interface FigureCounts {
  received: number;
  valid: number;
  replied: number;
  onTime: number;
  replyWorkdaysSum: number;
  replyWorkdaysCount: number;
  rated: number;
  satisfied: number;
  overdueNow: number;
}

export const COUNT_FIELDS: ReadonlyArray<keyof FigureCounts> = ['received', 'valid', 'replied', 'onTime', 'replyWorkdaysSum', 'replyWorkdaysCount', 'rated', 'satisfied', 'overdueNow'];

export function emptyCounts(): FigureCounts {
  return { received: 0, valid: 0, replied: 0, onTime: 0, replyWorkdaysSum: 0, replyWorkdaysCount: 0, rated: 0, satisfied: 0, overdueNow: 0 };
}

export function addCounts(into: FigureCounts, more: FigureCounts): FigureCounts {
  for (const field of COUNT_FIELDS) into[field] += more[field];
  return into;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function toFigures(counts: FigureCounts): MessageFigures {
  return {
    received: counts.received,
    valid: counts.valid,
    replied: counts.replied,
    replyRate: ratio(counts.replied, counts.valid),
    onTime: counts.onTime,
    onTimeRate: ratio(counts.onTime, counts.replied),
    averageReplyWorkdays: ratio(counts.replyWorkdaysSum, counts.replyWorkdaysCount),
    rated: counts.rated,
    satisfied: counts.satisfied,
    satisfactionRate: ratio(counts.satisfied, counts.rated),
    overdueNow: counts.overdueNow,
  };
}

/** Higher first; a rate that cannot be computed (nothing to divide by) after every number. */
function byRateDescending(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/**
 * 单位排名: only agencies with at least `minItems` valid messages, so one lucky reply cannot top the table
 * (DOMAIN.md §4). Ordered by on-time rate, then reply rate, then satisfaction rate, then more valid messages, then
 * name; equal figures share a rank (1, 2, 2, 4).
 */
export function rankAgencies(rows: readonly AgencyFiguresRow[], minItems: number): AgencyRankingRow[] {
  const ranked = rows
    .filter((row): row is AgencyFiguresRow & { agencyId: number } => row.agencyId !== null && row.valid >= minItems)
    .sort((a, b) => compareFigures(a, b) || a.agencyName.localeCompare(b.agencyName, 'zh-CN'));
  return ranked.map((row, index) => {
    let rank = index + 1;
    while (rank > 1 && compareFigures(ranked[rank - 2], row) === 0) rank -= 1;
    return { ...row, rank };
  });
}

function compareFigures(a: MessageFigures, b: MessageFigures): number {
  return byRateDescending(a.onTimeRate, b.onTimeRate) || byRateDescending(a.replyRate, b.replyRate) || byRateDescending(a.satisfactionRate, b.satisfactionRate) || b.valid - a.valid;
}
