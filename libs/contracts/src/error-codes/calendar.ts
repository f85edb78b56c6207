import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of the working-day calendar: each code names what went wrong, prefixed CALENDAR_. */
export const CalendarErrorCode = {
  CalendarEntriesInvalid: 'CALENDAR_ENTRIES_INVALID',
  CalendarRevisionChanged: 'CALENDAR_REVISION_CHANGED',
} as const;
export type CalendarErrorCode = (typeof CalendarErrorCode)[keyof typeof CalendarErrorCode];

export const CALENDAR_ERRORS: Record<CalendarErrorCode, ErrorCodeInfo> = {
  CALENDAR_ENTRIES_INVALID: { status: 400, message: '节假日安排有误' },
  CALENDAR_REVISION_CHANGED: { status: 409, message: '该年度的节假日安排刚被他人保存，请刷新后再试' },
};
