import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of agencies and routing rules: each code names what went wrong, prefixed AGENCY_. */
export const AgencyErrorCode = {} as const;
export type AgencyErrorCode = (typeof AgencyErrorCode)[keyof typeof AgencyErrorCode];

export const AGENCY_ERRORS: Record<AgencyErrorCode, ErrorCodeInfo> = {};
