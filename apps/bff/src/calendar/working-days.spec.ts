import { chinaDay, endOfChinaDay, WorkingCalendar } from './working-days';

const calendar = WorkingCalendar.fromConfig();

describe('WorkingCalendar', () => {
  it.each([
    // day assigned, working days, due day, why
    ['2026-11-23', 5, '2026-11-30', 'a Monday: the weekend in between does not count'],
    ['2026-11-21', 5, '2026-11-27', 'a Saturday: counting starts on Monday'],
    ['2026-09-30', 5, '2026-10-13', 'the eve of 国庆: the golden week and the 调休 Saturday 10-10 are skipped / counted'],
    ['2026-10-09', 1, '2026-10-10', 'the day before a 调休 Saturday: that Saturday is a working day'],
    ['2026-10-10', 5, '2026-10-16', 'a 调休 Saturday itself'],
    ['2026-12-30', 5, '2027-01-07', 'across the year boundary: 元旦 2027 comes from config/holiday-overrides.json'],
    ['2026-11-23', 15, '2026-12-14', 'the 15 working days of a suggestion or complaint'],
  ])('%s + %i working days = %s (%s)', (day, count, due) => {
    expect(calendar.addWorkdays(day, count)).toBe(due);
  });

  it('knows 2026 holidays and 调休 from chinese-days', () => {
    expect(calendar.isWorkday('2026-10-01')).toBe(false);
    expect(calendar.isWorkday('2026-10-10')).toBe(true);
    expect(calendar.isWorkday('2026-11-28')).toBe(false);
  });

  it('lets the overrides win for years the library does not know', () => {
    expect(calendar.isWorkday('2027-01-01')).toBe(false);
    const custom = new WorkingCalendar({ holidays: new Set(['2026-11-24']), workdays: new Set(['2026-11-29']) });
    expect(custom.addWorkdays('2026-11-23', 5)).toBe('2026-11-30');
  });

  it('counts working days between two days', () => {
    expect(calendar.workdaysBetween('2026-11-23', '2026-11-30')).toBe(5);
    expect(calendar.workdaysBetween('2026-11-30', '2026-11-23')).toBe(0);
    expect(calendar.workdaysBetween('2026-09-30', '2026-10-13')).toBe(5);
  });

  it('works in China Standard Time', () => {
    expect(chinaDay(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23');
    expect(endOfChinaDay('2026-11-30').toISOString()).toBe('2026-11-30T15:59:59.999Z');
  });
});
