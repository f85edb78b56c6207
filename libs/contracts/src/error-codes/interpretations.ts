import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of 政策解读: each code names what went wrong, prefixed INTERPRETATION_. */
export const InterpretationErrorCode = {} as const;
export type InterpretationErrorCode = (typeof InterpretationErrorCode)[keyof typeof InterpretationErrorCode];

export const INTERPRETATION_ERRORS: Record<InterpretationErrorCode, ErrorCodeInfo> = {};
