import {
  DISCLOSURE_OUTCOMES,
  OUTCOME_NUMERALS,
  OUTCOME_ORDER,
  TABLE_FOUR_KINDS,
  TABLE_FOUR_RESULTS,
  TABLE_THREE_COLUMN_LABELS,
  TABLE_THREE_COLUMNS,
  TABLE_THREE_HEADINGS,
  type ApplicantKind,
  type DisclosureOutcome,
  type OrganisationKind,
  type RemedyKind,
  type RemedyResult,
  type TableFour,
  type TableThreeCells,
  type TableThreeCheck,
  type TableThreeColumn,
  type TableThreeColumnCheck,
  type TableThreeRow,
} from '@weimin/contracts';

/**
 * Where an application stands in the report's year (docs/domain.md §8):
 * - `received`: received in the year (本年新收);
 * - `carried_over`: received before the year and not answered by its first day (上年结转);
 * - `finished`: answered (or ended) in the year, counted under its outcome and reason (本年度办理结果);
 * - `carried_forward`: received by the year's last day and not answered by its end (结转下年度继续办理).
 * One application may be in several buckets (received and finished in the same year, say).
 */
export type TableThreeBucket = 'received' | 'carried_over' | 'finished' | 'carried_forward';

/** A plain row as the repository groups it: how many applications of one applicant kind fall into one bucket. */
export interface TableThreeSourceRow {
  bucket: TableThreeBucket;
  applicantKind: ApplicantKind;
  organisationKind: OrganisationKind | null;
  /** Only for `finished`. */
  outcome: DisclosureOutcome | null;
  outcomeReason: number | null;
  count: number;
}

const zero = (): TableThreeCells => ({ person: 0, business: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 0 });

/** The column of an applicant: 自然人, or the organisation's kind (an organisation of no recorded kind counts as 其他). */
function columnOf(row: Pick<TableThreeSourceRow, 'applicantKind' | 'organisationKind'>): Exclude<TableThreeColumn, 'total'> {
  if (row.applicantKind === 'person') return 'person';
  return row.organisationKind ?? 'other';
}

function outcomeKey(outcome: DisclosureOutcome, reason: number | null): string {
  return DISCLOSURE_OUTCOMES[outcome].reasons.length > 0 ? `${outcome}.${reason ?? 0}` : outcome;
}

/** The table's rows in the official order, all zero, and the keys of the rows whose cells count (not headings). */
function emptyTable(): TableThreeRow[] {
  const rows: TableThreeRow[] = [
    { key: 'received', label: TABLE_THREE_HEADINGS.received, level: 0, cells: zero() },
    { key: 'carried_over', label: TABLE_THREE_HEADINGS.carriedOver, level: 0, cells: zero() },
    { key: 'results', label: TABLE_THREE_HEADINGS.results, level: 0, cells: null },
  ];
  OUTCOME_ORDER.forEach((outcome, index) => {
    const category = DISCLOSURE_OUTCOMES[outcome];
    const label = `${OUTCOME_NUMERALS[index]}${category.label}`;
    if (category.reasons.length === 0) {
      rows.push({ key: outcome, label, level: 1, cells: zero() });
      return;
    }
    rows.push({ key: outcome, label, level: 1, cells: null });
    category.reasons.forEach((reason, i) => rows.push({ key: `${outcome}.${i + 1}`, label: `${i + 1}．${reason}`, level: 2, cells: zero() }));
  });
  rows.push({ key: 'total', label: TABLE_THREE_HEADINGS.total, level: 1, cells: zero() });
  rows.push({ key: 'carried_forward', label: TABLE_THREE_HEADINGS.carriedForward, level: 0, cells: zero() });
  return rows;
}

const OUTCOME_ROW_KEYS = new Set(
  OUTCOME_ORDER.flatMap((outcome) => {
    const reasons = DISCLOSURE_OUTCOMES[outcome].reasons;
    return reasons.length === 0 ? [outcome] : reasons.map((_r, i) => `${outcome}.${i + 1}`);
  }),
);

export interface TableThree {
  rows: TableThreeRow[];
  check: TableThreeCheck;
}

/**
 * Table 三 from plain grouped rows: every cell, the 总计 row as the sum of the outcome rows, and the report's own check
 * per column (本年新收 + 上年结转 = 总计 + 结转下年). Finished applications whose outcome is missing or names no reason of
 * the report cannot be placed in a row: they are left out of 总计 and named in the failing column's problem.
 */
export function buildTableThree(source: readonly TableThreeSourceRow[]): TableThree {
  const rows = emptyTable();
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const unplaced = zero();
  const add = (cells: TableThreeCells, column: Exclude<TableThreeColumn, 'total'>, count: number) => {
    cells[column] += count;
    cells.total += count;
  };

  for (const item of source) {
    const column = columnOf(item);
    if (item.bucket !== 'finished') {
      add(byKey.get(item.bucket)!.cells!, column, item.count);
      continue;
    }
    const key = item.outcome && DISCLOSURE_OUTCOMES[item.outcome] ? outcomeKey(item.outcome, item.outcomeReason) : null;
    const row = key && OUTCOME_ROW_KEYS.has(key) ? byKey.get(key) : undefined;
    if (row?.cells) add(row.cells, column, item.count);
    else add(unplaced, column, item.count);
  }

  const total = byKey.get('total')!.cells!;
  for (const row of rows) {
    if (!row.cells || !OUTCOME_ROW_KEYS.has(row.key)) continue;
    for (const column of TABLE_THREE_COLUMNS) total[column] += row.cells[column];
  }

  const received = byKey.get('received')!.cells!;
  const carriedOver = byKey.get('carried_over')!.cells!;
  const carriedForward = byKey.get('carried_forward')!.cells!;
  const columns = TABLE_THREE_COLUMNS.map((column): TableThreeColumnCheck => {
    const left = received[column] + carriedOver[column];
    const right = total[column] + carriedForward[column];
    const holds = left === right;
    let problem: string | null = null;
    if (!holds) {
      const parts = [
        `本年新收${received[column]} + 上年结转${carriedOver[column]} = ${left}，而办理结果总计${total[column]} + 结转下年${carriedForward[column]} = ${right}`,
      ];
      if (unplaced[column] > 0) parts.push(`有${unplaced[column]}件已办结的申请没有可归入表三的办理结果或情形`);
      else if (left > right) parts.push(`有${left - right}件申请既未计入办理结果也未结转下年`);
      else parts.push(`有${right - left}件申请计入了办理结果或结转下年，却不在本年新收或上年结转中（如办结日期早于收到日期）`);
      problem = parts.join('；');
    }
    return {
      column,
      columnLabel: TABLE_THREE_COLUMN_LABELS[column],
      received: received[column],
      carriedOver: carriedOver[column],
      total: total[column],
      carriedForward: carriedForward[column],
      holds,
      problem,
    };
  });
  return { rows, check: { holds: columns.every((c) => c.holds), columns } };
}

/** A recorded 复议 or 诉讼 filed in the year. */
export interface RemedySourceRow {
  id: number;
  applicationId: number;
  kind: RemedyKind;
  result: RemedyResult;
  filedOn: string;
}

/**
 * Table 四: the fifteen columns. A case recorded again later (尚未审结, then its result) is the same application, kind
 * and filing day: only the latest record counts, so one case is never counted twice.
 */
export function buildTableFour(source: readonly RemedySourceRow[]): TableFour {
  const latest = new Map<string, RemedySourceRow>();
  for (const row of source) {
    const key = `${row.applicationId}|${row.kind}|${row.filedOn}`;
    const known = latest.get(key);
    if (!known || known.id < row.id) latest.set(key, row);
  }
  const table = Object.fromEntries(TABLE_FOUR_KINDS.map((kind) => [kind, Object.fromEntries(TABLE_FOUR_RESULTS.map((result) => [result, 0]))])) as TableFour;
  for (const row of latest.values()) {
    const column = table[row.kind];
    if (!column || !(row.result in column)) continue;
    column[row.result] += 1;
    column.total += 1;
  }
  return table;
}
