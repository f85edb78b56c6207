import { DISCLOSURE_CORRECTION_WINDOW_WORKDAYS, DISCLOSURE_REPLY_WORKDAYS } from '@weimin/contracts';
import type { WorkingCalendar } from '../calendar/working-days';

/** What the reply deadline depends on; days are China calendar days (YYYY-MM-DD). */
export interface ClockFacts {
  /** The day of receipt for the channel (国办公开办函〔2015〕207号). */
  receivedOn: string;
  /** A 补正 notice stops the clock from the day it is sent… */
  correctionNoticedOn?: string | null;
  /** …and the corrected application restarts the full 20 days from its own day of receipt (条例 第三十条). */
  correctedOn?: string | null;
  /** Third-party and other-agency consultations: their working days do not count (条例 第三十二条). */
  pauses?: readonly { startedOn: string; endedOn: string | null }[];
  /** Approved extension, at most 20 working days (条例 第三十三条). */
  extensionWorkdays?: number;
}

export interface ClockState {
  /** The last day to reply, or null while the clock is stopped (补正 pending, a pause open). */
  dueOn: string | null;
  stopped: boolean;
  /** The day the 20 working days run from: the receipt, or the corrected application's receipt. */
  startedOn: string;
  pausedWorkdays: number;
}

/**
 * The reply deadline of a disclosure application: 20 working days after the day of receipt (the day itself not
 * counted), restarted from the corrected application's receipt after a 补正, lengthened by the working days spent
 * waiting for a third party or another agency and by an approved extension.
 */
export function disclosureClock(calendar: WorkingCalendar, facts: ClockFacts): ClockState {
  const awaitingCorrection = !!facts.correctionNoticedOn && !facts.correctedOn;
  const startedOn = facts.correctedOn ?? facts.receivedOn;
  // A pause that ended before the restart no longer matters: the 20 days start again from the corrected receipt.
  const pauses = (facts.pauses ?? []).filter((p) => p.endedOn === null || p.endedOn > startedOn);
  const open = pauses.some((p) => p.endedOn === null);
  const pausedWorkdays = pauses
    .filter((p): p is { startedOn: string; endedOn: string } => p.endedOn !== null)
    .reduce((sum, p) => sum + calendar.workdaysBetween(p.startedOn < startedOn ? startedOn : p.startedOn, p.endedOn), 0);
  const stopped = awaitingCorrection || open;
  const dueOn = stopped ? null : calendar.addWorkdays(startedOn, DISCLOSURE_REPLY_WORKDAYS + pausedWorkdays + (facts.extensionWorkdays ?? 0));
  return { dueOn, stopped, startedOn, pausedWorkdays };
}

/** The last day on which a 补正 notice may be sent: 7 working days after receipt (条例 第三十条). */
export function correctionWindowEnd(calendar: WorkingCalendar, receivedOn: string): string {
  return calendar.addWorkdays(receivedOn, DISCLOSURE_CORRECTION_WINDOW_WORKDAYS);
}

/** The day by which the applicant must correct: the period the notice gives, in working days after it. */
export function correctionDeadline(calendar: WorkingCalendar, noticedOn: string, workdays: number): string {
  return calendar.addWorkdays(noticedOn, workdays);
}
