import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of the working-day calendar: each code names what went wrong, prefixed CALENDAR_. */
export const CalendarErrorCode = {} as const;
export type CalendarErrorCode = (typeof CalendarErrorCode)[keyof typeof CalendarErrorCode];

export const CALENDAR_ERRORS: Record<CalendarErrorCode, ErrorCodeInfo> = {};
