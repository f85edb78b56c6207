import type { MessageDeadlinesView, MessageType } from '@weimin/contracts';
import { chinaDay, endOfChinaDay, type WorkingCalendar } from '../calendar/working-days';

export interface DeadlineRules {
  workdays: Record<MessageType, number>;
  reminderWorkdaysBefore: number;
  autoCloseWorkdays: number;
}

/** Deadlines of docs/domain.md §3, in Chinese working days counted from the day after assignment. */
export class MessageDeadlines {
  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly rules: DeadlineRules,
  ) {}

  /** The end of the N-th working day after the day of assignment. */
  dueAt(type: MessageType, assignedAt: Date): Date {
    return endOfChinaDay(this.calendar.addWorkdays(chinaDay(assignedAt), this.rules.workdays[type]));
  }

  /** An approved extension: more working days after the current due day. */
  extend(dueAt: Date, workdays: number): Date {
    return endOfChinaDay(this.calendar.addWorkdays(chinaDay(dueAt), workdays));
  }

  /** Working days left until the due day: 0 on the due day itself, negative once past it. */
  workdaysLeft(dueAt: Date, now: Date): number {
    const today = chinaDay(now);
    const due = chinaDay(dueAt);
    return today <= due ? this.calendar.workdaysBetween(today, due) : -this.calendar.workdaysBetween(due, today);
  }

  /** The end of the last day a message due by then counts as 即将到期: `workdays` working days after today. */
  dueSoonUntil(now: Date, workdays: number): Date {
    return endOfChinaDay(this.calendar.addWorkdays(chinaDay(now), workdays));
  }

  /** Working days taken from an assignment to a reply: 0 on the same day, 1 on the next working day, … */
  workdaysBetween(from: Date, to: Date): number {
    return this.calendar.workdaysBetween(chinaDay(from), chinaDay(to));
  }

  /** The reminder goes out once the due day is this close (in working days). */
  reminderDue(dueAt: Date, now: Date): boolean {
    return now <= dueAt && this.workdaysLeft(dueAt, now) <= this.rules.reminderWorkdaysBefore;
  }

  /** A reply nobody rated is closed after the quiet period. */
  autoCloseDue(repliedAt: Date, now: Date): boolean {
    return this.calendar.workdaysBetween(chinaDay(repliedAt), chinaDay(now)) >= this.rules.autoCloseWorkdays;
  }
}

/** What citizens are told before they write: the same working days dueAt() counts. */
export function deadlinesView(rules: DeadlineRules): MessageDeadlinesView {
  return { workdays: { ...rules.workdays } };
}
