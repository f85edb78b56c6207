import { SOLICITATION_FEEDBACK_WORKDAYS } from '@weimin/contracts';
import { chinaDay, type WorkingCalendar } from '../calendar/working-days';

/** The last day for the 采纳情况反馈: SOLICITATION_FEEDBACK_WORKDAYS working days after the (China) day it closed. */
export function feedbackDueOn(calendar: Pick<WorkingCalendar, 'addWorkdays'>, closesAt: Date): string {
  return calendar.addWorkdays(chinaDay(closesAt), SOLICITATION_FEEDBACK_WORKDAYS);
}

/** Overdue from the day after the due day. */
export function isFeedbackOverdue(today: string, dueOn: string): boolean {
  return today > dueOn;
}
