import { type CalendarLayers, dayInfo, type LibraryLayer, scheduleSourceOf, type StoredYear, yearsNeeded } from './calendar-layers';

/** A library that knows 2026 only: 国庆 on 2026-10-01 and the 调休 Saturday 2026-10-10. */
const library: LibraryLayer = {
  listed: (date) => ({ '2026-10-01': { work: false, name: '国庆节' }, '2026-10-10': { work: true, name: '国庆节' } })[date],
  covers: (year) => year === 2026,
};
const file = { holidays: new Set(['2026-10-02', '2027-01-01', '2027-02-05']), workdays: new Set(['2026-10-11']), years: new Set<number>() };
const stored2027: StoredYear = { holidays: new Map([['2027-02-06', '春节']]), workdays: new Map([['2027-02-14', '春节调休']]) };

const layers = (stored: Array<[number, StoredYear]> = [], years: number[] = []): CalendarLayers => ({
  stored: new Map(stored),
  file: { ...file, years: new Set(years) },
  library,
});

describe('scheduleSourceOf: whether a year has a schedule, and from where', () => {
  it('knows a year from the library', () => expect(scheduleSourceOf(2026, layers())).toBe('library'));

  it('does not count provisional days in the file: 2027 is missing until someone enters it', () => {
    expect(scheduleSourceOf(2027, layers())).toBeNull();
  });

  it('counts a year the file declares complete', () => expect(scheduleSourceOf(2027, layers([], [2027]))).toBe('file'));

  it('counts a year entered in the console first, even one the library or the file covers', () => {
    expect(scheduleSourceOf(2027, layers([[2027, stored2027]], [2027]))).toBe('stored');
    expect(scheduleSourceOf(2026, layers([[2026, { holidays: new Map(), workdays: new Map() }]]))).toBe('stored');
  });
});

describe('dayInfo: stored over file over library over the weekday rule', () => {
  it.each([
    ['2026-10-01', 'holiday', '国庆节', 'library'],
    ['2026-10-10', 'makeup_workday', '国庆节', 'library'],
    ['2026-10-02', 'holiday', null, 'file'],
    ['2026-10-11', 'makeup_workday', null, 'file'],
    ['2026-10-12', 'workday', null, 'weekday'],
    ['2026-10-17', 'weekend', null, 'weekday'],
    ['2027-01-01', 'holiday', null, 'file'],
  ])('without stored years, %s is %s (%s, %s)', (date, kind, name, source) => {
    expect(dayInfo(date, layers())).toEqual({ kind, name, source });
  });

  it('replaces the file and the library for a whole stored year', () => {
    const l = layers([[2027, stored2027]]);
    expect(dayInfo('2027-02-06', l)).toEqual({ kind: 'holiday', name: '春节', source: 'stored' });
    expect(dayInfo('2027-02-14', l)).toEqual({ kind: 'makeup_workday', name: '春节调休', source: 'stored' });
    // The file's provisional 2027-02-05 and 元旦 are gone: the entered schedule is the whole year's.
    expect(dayInfo('2027-02-05', l)).toEqual({ kind: 'workday', name: null, source: 'weekday' });
    expect(dayInfo('2027-01-01', l)).toEqual({ kind: 'workday', name: null, source: 'weekday' });
    // Other years keep their layers.
    expect(dayInfo('2026-10-02', l).source).toBe('file');
  });

  it('allows a stored holiday on a weekend', () => {
    const l = layers([[2027, { holidays: new Map([['2027-02-13', '春节']]), workdays: new Map() }]]);
    expect(dayInfo('2027-02-13', l)).toEqual({ kind: 'holiday', name: '春节', source: 'stored' });
  });
});

describe('yearsNeeded', () => {
  it.each([
    ['2026-11-30', [2026]],
    ['2026-12-01', [2026, 2027]],
    ['2026-12-31', [2026, 2027]],
    ['2027-01-01', [2027]],
  ])('on %s: %p', (today, years) => expect(yearsNeeded(today)).toEqual(years));
});
