import { WorkingCalendar } from '../calendar/working-days';
import { correctionDeadline, correctionWindowEnd, disclosureClock } from './disclosure-clock';

// 2026 (国务院办公厅): 春节 2月15日至23日放假，2月14日（周六）、2月28日（周六）上班；国庆 10月1日至7日放假，9月20日（周日）、10月10日（周六）上班.
const calendar = new WorkingCalendar({ holidays: new Set(), workdays: new Set() });

describe('disclosureClock', () => {
  it.each([
    // receipt, correction notice, corrected, pauses, extension → due, stopped
    ['国庆: 20 working days skip 10-01..07 and count Saturday 10-10', { receivedOn: '2026-09-25' }, '2026-10-29'],
    ['春节: 20 working days skip 02-15..23 and count Saturday 02-14 and 02-28', { receivedOn: '2026-02-10' }, '2026-03-16'],
    [
      '补正 restarts the full 20 days from the corrected receipt',
      { receivedOn: '2026-09-25', correctionNoticedOn: '2026-09-30', correctedOn: '2026-10-09' },
      '2026-11-05',
    ],
    [
      'a third-party pause (10-12 to 10-16: 4 working days) does not count',
      { receivedOn: '2026-09-25', pauses: [{ startedOn: '2026-10-12', endedOn: '2026-10-16' }] },
      '2026-11-04',
    ],
    ['an extension of 20 working days', { receivedOn: '2026-09-25', extensionWorkdays: 20 }, '2026-11-26'],
    [
      '补正 restart, then a pause and a 10-day extension',
      {
        receivedOn: '2026-09-25',
        correctionNoticedOn: '2026-09-30',
        correctedOn: '2026-10-09',
        pauses: [{ startedOn: '2026-10-12', endedOn: '2026-10-16' }],
        extensionWorkdays: 10,
      },
      '2026-11-25',
    ],
    [
      'a pause that ended before the corrected receipt is forgotten',
      { receivedOn: '2026-09-25', correctedOn: '2026-10-09', pauses: [{ startedOn: '2026-09-28', endedOn: '2026-09-30' }] },
      '2026-11-05',
    ],
  ])('%s', (_name, facts, due) => {
    const clock = disclosureClock(calendar, facts);
    expect(clock).toMatchObject({ dueOn: due, stopped: false });
  });

  it('stops while a 补正 is awaited and while a consultation is open', () => {
    expect(disclosureClock(calendar, { receivedOn: '2026-09-25', correctionNoticedOn: '2026-09-30' })).toMatchObject({ dueOn: null, stopped: true });
    expect(disclosureClock(calendar, { receivedOn: '2026-09-25', pauses: [{ startedOn: '2026-10-12', endedOn: null }] })).toMatchObject({
      dueOn: null,
      stopped: true,
    });
  });
});

describe('correction window and period', () => {
  it('allows the notice up to the 7th working day after receipt, across holidays', () => {
    expect(correctionWindowEnd(calendar, '2026-09-25')).toBe('2026-10-12');
    expect(correctionWindowEnd(calendar, '2026-02-12')).toBe('2026-02-28');
  });

  it('gives the applicant the configured working days after the notice', () => {
    expect(correctionDeadline(calendar, '2026-09-30', 15)).toBe('2026-10-27');
  });
});
