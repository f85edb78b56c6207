import type { AgencyFiguresRow, AgencyRankingRow, MessageFigures, MessageStatus, Satisfaction } from '@weimin/contracts';

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

/** One group as SQL returns it: messages of one agency, type, channel, status and rating, with sums over them. */
export interface StatusGroup {
  status: MessageStatus;
  rating: Satisfaction | null;
  messages: number;
  /** Replied at or before the due date (dueAt holds the deadline of the assignment answered, extension included). */
  repliedOnTime: number;
  /** Over the messages that have a stored reply time. */
  replyWorkdaysSum: number;
  replyWorkdaysCount: number;
  /** Due date before now. */
  pastDue: number;
}

const ANSWERED: readonly MessageStatus[] = ['replied', 'closed'];
const NOT_VALID: readonly MessageStatus[] = ['hidden', 'held'];
const SATISFIED: readonly Satisfaction[] = ['satisfied', 'basically_satisfied'];

/**
 * What a group counts for (README.md, "Statistics"): valid unless hidden or still held for moderation; replied when
 * answered now (a reopened message is assigned again until re-answered, a hidden one is not valid); rated when its
 * latest answer was (reopening clears the rating); overdue when with an agency, unanswered and past due.
 */
export function countsOf(group: StatusGroup): FigureCounts {
  const answered = ANSWERED.includes(group.status);
  return {
    received: group.messages,
    valid: NOT_VALID.includes(group.status) ? 0 : group.messages,
    replied: answered ? group.messages : 0,
    onTime: answered ? group.repliedOnTime : 0,
    replyWorkdaysSum: answered ? group.replyWorkdaysSum : 0,
    replyWorkdaysCount: answered ? group.replyWorkdaysCount : 0,
    rated: answered && group.rating !== null ? group.messages : 0,
    satisfied: answered && group.rating !== null && SATISFIED.includes(group.rating) ? group.messages : 0,
    overdueNow: group.status === 'assigned' ? group.pastDue : 0,
  };
}

const COUNT_FIELDS: ReadonlyArray<keyof FigureCounts> = [
  'received',
  'valid',
  'replied',
  'onTime',
  'replyWorkdaysSum',
  'replyWorkdaysCount',
  'rated',
  'satisfied',
  'overdueNow',
];

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
 * (docs/domain.md §4). Ordered by on-time rate, then reply rate, then satisfaction rate, then more valid messages, then
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
  return (
    byRateDescending(a.onTimeRate, b.onTimeRate) ||
    byRateDescending(a.replyRate, b.replyRate) ||
    byRateDescending(a.satisfactionRate, b.satisfactionRate) ||
    b.valid - a.valid
  );
}
