import { WorkingCalendar } from '../calendar/working-days';
import { MessageDeadlines } from './message-deadlines';

const deadlines = new MessageDeadlines(WorkingCalendar.fromConfig(), {
  workdays: { consultation: 5, suggestion: 15, complaint: 15 },
  reminderWorkdaysBefore: 1,
  autoCloseWorkdays: 10,
});
const at = (iso: string) => new Date(iso);

describe('MessageDeadlines', () => {
  it.each([
    ['consultation', '2026-11-21T10:00:00+08:00', '2026-11-27', 'submitted and assigned on a Saturday'],
    ['consultation', '2026-09-30T16:00:00+08:00', '2026-10-13', 'on the eve of 国庆'],
    ['consultation', '2026-10-10T09:00:00+08:00', '2026-10-16', 'on a 调休 Saturday'],
    ['consultation', '2026-12-30T09:00:00+08:00', '2027-01-07', 'across the year boundary'],
    ['complaint', '2026-11-23T09:00:00+08:00', '2026-12-14', '15 working days for a complaint'],
    ['consultation', '2026-11-22T23:30:00+08:00', '2026-11-27', 'late Sunday evening in China is still Sunday'],
  ] as const)('%s assigned %s is due at the end of %s (%s)', (type, assigned, dueDay, _why) => {
    expect(deadlines.dueAt(type, at(assigned)).toISOString()).toBe(new Date(`${dueDay}T23:59:59.999+08:00`).toISOString());
  });

  it('counts working days left, negative when overdue', () => {
    const due = deadlines.dueAt('consultation', at('2026-11-23T09:00:00+08:00')); // 2026-11-30
    expect(deadlines.workdaysLeft(due, at('2026-11-23T12:00:00+08:00'))).toBe(5);
    expect(deadlines.workdaysLeft(due, at('2026-11-30T12:00:00+08:00'))).toBe(0);
    expect(deadlines.workdaysLeft(due, at('2026-12-02T12:00:00+08:00'))).toBe(-2);
  });

  it('reminds one working day before the due day, not earlier and not after it', () => {
    const due = deadlines.dueAt('consultation', at('2026-11-23T09:00:00+08:00')); // Mon 2026-11-30
    expect(deadlines.reminderDue(due, at('2026-11-26T12:00:00+08:00'))).toBe(false);
    expect(deadlines.reminderDue(due, at('2026-11-27T12:00:00+08:00'))).toBe(true);
    expect(deadlines.reminderDue(due, at('2026-12-01T12:00:00+08:00'))).toBe(false);
  });

  it('extends from the current due day', () => {
    const due = deadlines.dueAt('consultation', at('2026-11-23T09:00:00+08:00'));
    expect(deadlines.extend(due, 5).toISOString()).toBe(new Date('2026-12-07T23:59:59.999+08:00').toISOString());
  });

  it('closes an unrated reply after ten working days', () => {
    expect(deadlines.autoCloseDue(at('2026-11-23T09:00:00+08:00'), at('2026-12-04T09:00:00+08:00'))).toBe(false);
    expect(deadlines.autoCloseDue(at('2026-11-23T09:00:00+08:00'), at('2026-12-07T09:00:00+08:00'))).toBe(true);
  });

  it('counts the working days a reply took, across a weekend and the day of assignment itself as 0', () => {
    expect(deadlines.workdaysBetween(at('2026-11-23T09:00:00+08:00'), at('2026-11-23T17:00:00+08:00'))).toBe(0);
    expect(deadlines.workdaysBetween(at('2026-11-20T09:00:00+08:00'), at('2026-11-23T09:00:00+08:00'))).toBe(1); // Fri → Mon
    expect(deadlines.workdaysBetween(at('2026-09-30T16:00:00+08:00'), at('2026-10-08T10:00:00+08:00'))).toBe(1); // over 国庆
  });
});
