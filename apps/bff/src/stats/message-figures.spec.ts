import type { AgencyFiguresRow } from '@weimin/contracts';
import { addCounts, countsOf, emptyCounts, type FigureCounts, rankAgencies, type StatusGroup, toFigures } from './message-figures';

const counts = (overrides: Partial<FigureCounts>): FigureCounts => ({ ...emptyCounts(), ...overrides });
const agency = (agencyId: number | null, agencyName: string, overrides: Partial<FigureCounts>): AgencyFiguresRow => ({
  agencyId,
  agencyName,
  ...toFigures(counts(overrides)),
});

describe('countsOf', () => {
  const group = (status: StatusGroup['status'], rating: StatusGroup['rating'] = null): StatusGroup => ({
    status,
    rating,
    messages: 4,
    repliedOnTime: 3,
    replyWorkdaysSum: 10,
    replyWorkdaysCount: 4,
    pastDue: 2,
  });

  it('counts answered messages as replied, with their on-time replies, working days and rating', () => {
    expect(countsOf(group('closed', 'basically_satisfied'))).toEqual(
      counts({ received: 4, valid: 4, replied: 4, onTime: 3, replyWorkdaysSum: 10, replyWorkdaysCount: 4, rated: 4, satisfied: 4 }),
    );
    expect(countsOf(group('closed', 'unsatisfied'))).toEqual(
      counts({ received: 4, valid: 4, replied: 4, onTime: 3, replyWorkdaysSum: 10, replyWorkdaysCount: 4, rated: 4 }),
    );
    expect(countsOf(group('replied'))).toEqual(counts({ received: 4, valid: 4, replied: 4, onTime: 3, replyWorkdaysSum: 10, replyWorkdaysCount: 4 }));
  });

  it('counts hidden and held messages as received only, and past-due ones as overdue only while assigned', () => {
    expect(countsOf(group('hidden', 'satisfied'))).toEqual(counts({ received: 4 }));
    expect(countsOf(group('held'))).toEqual(counts({ received: 4 }));
    expect(countsOf(group('assigned'))).toEqual(counts({ received: 4, valid: 4, overdueNow: 2 }));
    expect(countsOf(group('returned'))).toEqual(counts({ received: 4, valid: 4 }));
    expect(countsOf(group('submitted'))).toEqual(counts({ received: 4, valid: 4 }));
  });
});

describe('toFigures', () => {
  it('derives the rates from the counts, null where nothing divides', () => {
    expect(
      toFigures(counts({ received: 7, valid: 6, replied: 4, onTime: 3, replyWorkdaysSum: 9, replyWorkdaysCount: 4, rated: 3, satisfied: 2, overdueNow: 1 })),
    ).toEqual({
      received: 7,
      valid: 6,
      replied: 4,
      replyRate: 4 / 6,
      onTime: 3,
      onTimeRate: 3 / 4,
      averageReplyWorkdays: 9 / 4,
      rated: 3,
      satisfied: 2,
      satisfactionRate: 2 / 3,
      overdueNow: 1,
    });
    expect(toFigures(emptyCounts())).toMatchObject({ replyRate: null, onTimeRate: null, averageReplyWorkdays: null, satisfactionRate: null });
  });

  it('adds groups field by field', () => {
    expect(addCounts(counts({ received: 1, replied: 1 }), counts({ received: 2, overdueNow: 1 }))).toEqual(counts({ received: 3, replied: 1, overdueNow: 1 }));
  });
});

describe('rankAgencies', () => {
  it('keeps agencies with enough items, orders by on-time, reply and satisfaction rate, and shares ranks on ties', () => {
    const rows = [
      agency(1, '甲局', { valid: 1, replied: 1, onTime: 1 }), // one lucky reply: not ranked with minItems 2
      agency(2, '乙局', { valid: 4, replied: 4, onTime: 2, rated: 2, satisfied: 2 }),
      agency(3, '丙局', { valid: 4, replied: 4, onTime: 3 }),
      agency(4, '丁局', { valid: 4, replied: 2, onTime: 2 }),
      agency(5, '戊局', { valid: 4, replied: 4, onTime: 2, rated: 2, satisfied: 2 }),
      agency(6, '己局', { valid: 3, replied: 0 }),
      agency(null, '未交办', { valid: 9 }),
    ];
    const ranking = rankAgencies(rows, 2);
    expect(ranking.map((r) => [r.rank, r.agencyId])).toEqual([
      [1, 4], // on time 2/2
      [2, 3], // 3/4
      [3, 5], // 2/4, reply rate 100%, satisfaction 100%: tied with 乙局, listed first by name (wù before yǐ)
      [3, 2],
      [5, 6], // nothing replied: no on-time rate, last
    ]);
    expect(rankAgencies(rows, 1).map((r) => r.agencyId)).toContain(1);
  });
});
