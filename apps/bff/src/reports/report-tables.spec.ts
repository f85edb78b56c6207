import { DISCLOSURE_OUTCOMES } from '@weimin/contracts';
import { buildTableFour, buildTableThree, type RemedySourceRow, type TableThreeSourceRow } from './report-tables';

const person = { applicantKind: 'person', organisationKind: null } as const;
const business = { applicantKind: 'organisation', organisationKind: 'business' } as const;
const row = (
  bucket: TableThreeSourceRow['bucket'],
  who: typeof person | typeof business,
  count: number,
  outcome: TableThreeSourceRow['outcome'] = null,
  outcomeReason: number | null = null,
): TableThreeSourceRow => ({
  bucket,
  ...who,
  outcome,
  outcomeReason,
  count,
});
const cells = (table: ReturnType<typeof buildTableThree>, key: string) => table.rows.find((r) => r.key === key)?.cells;

describe('buildTableThree', () => {
  it('lays out the official rows: 一 新收, 二 结转, 三 the six outcomes with their 19 reasons, 总计, 四 结转下年', () => {
    const table = buildTableThree([]);
    const reasons = Object.values(DISCLOSURE_OUTCOMES).reduce((n, c) => n + c.reasons.length, 0);
    expect(reasons).toBe(19);
    // 2 + heading 三 + 2 outcomes without reasons + 4 headings + 19 reasons + 总计 + 结转下年
    expect(table.rows).toHaveLength(2 + 1 + 2 + 4 + 19 + 1 + 1);
    expect(table.rows.map((r) => r.label).slice(0, 6)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '三、本年度办理结果',
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '（三）不予公开',
    ]);
    expect(table.rows.find((r) => r.key === 'withheld.3')?.label).toBe('3．危及“三安全一稳定”');
    expect(table.rows.find((r) => r.key === 'withheld')?.cells).toBeNull();
    expect(table.rows.at(-2)?.label).toBe('（七）总计');
    expect(table.rows.at(-1)?.label).toBe('四、结转下年度继续办理');
    expect(table.check.holds).toBe(true);
  });

  it('puts each count in its column and row, sums 总计 and checks every column', () => {
    const table = buildTableThree([
      row('received', person, 5),
      row('received', business, 2),
      row('carried_over', person, 1),
      row('finished', person, 3, 'disclosed'),
      row('finished', person, 1, 'withheld', 4),
      row('finished', business, 2, 'not_processed', 2),
      row('carried_forward', person, 2),
    ]);
    expect(cells(table, 'received')).toEqual({ person: 5, business: 2, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 7 });
    expect(cells(table, 'withheld.4')).toMatchObject({ person: 1, total: 1 });
    expect(cells(table, 'not_processed.2')).toMatchObject({ business: 2, total: 2 });
    expect(cells(table, 'total')).toEqual({ person: 4, business: 2, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 6 });
    expect(table.check.holds).toBe(true);
  });

  it('names the failing column and why: an outcome that fits no row, or an application counted nowhere', () => {
    const table = buildTableThree([
      row('received', person, 2),
      row('finished', person, 1, 'withheld', null),
      row('finished', person, 1, 'disclosed'),
      row('received', business, 3),
      row('finished', business, 1, 'disclosed'),
      row('carried_forward', business, 1),
    ]);
    const failing = table.check.columns.filter((c) => !c.holds);
    expect(table.check.holds).toBe(false);
    expect(failing.map((c) => c.column)).toEqual(['person', 'business', 'total']);
    expect(failing[0].problem).toBe('本年新收2 + 上年结转0 = 2，而办理结果总计1 + 结转下年0 = 1；有1件已办结的申请没有可归入表三的办理结果或情形');
    expect(failing[1].problem).toContain('有1件申请既未计入办理结果也未结转下年');
  });
});

describe('buildTableFour', () => {
  const remedy = (
    id: number,
    applicationId: number,
    kind: RemedySourceRow['kind'],
    result: RemedySourceRow['result'],
    filedOn = '2026-05-06',
  ): RemedySourceRow => ({
    id,
    applicationId,
    kind,
    result,
    filedOn,
  });

  it('fills the fifteen columns; a case recorded pending then decided counts once, with its result', () => {
    const table = buildTableFour([
      remedy(1, 10, 'reconsideration', 'pending'),
      remedy(4, 10, 'reconsideration', 'upheld'),
      remedy(2, 11, 'reconsideration', 'pending'),
      remedy(3, 10, 'litigation_after', 'corrected'),
      remedy(5, 12, 'litigation_direct', 'other'),
      remedy(6, 12, 'litigation_direct', 'pending', '2026-08-01'),
    ]);
    expect(table).toEqual({
      reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigation_direct: { upheld: 0, corrected: 0, other: 1, pending: 1, total: 2 },
      litigation_after: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
    });
  });
});
