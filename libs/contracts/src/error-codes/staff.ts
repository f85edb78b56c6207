import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of staff accounts and sign-in: each code names what went wrong, prefixed STAFF_. */
export const StaffErrorCode = {} as const;
export type StaffErrorCode = (typeof StaffErrorCode)[keyof typeof StaffErrorCode];

export const STAFF_ERRORS: Record<StaffErrorCode, ErrorCodeInfo> = {};
