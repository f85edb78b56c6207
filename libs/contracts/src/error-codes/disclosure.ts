import type { ErrorCodeInfo } from './error-code-info';

/** 依申请公开 (docs/domain.md §5): refusals of a step the rules do not allow. */
export const DisclosureErrorCode = {
  DisclosureCorrectionWindowPassed: 'DISCLOSURE_CORRECTION_WINDOW_PASSED',
  DisclosureCorrectionAlreadyUsed: 'DISCLOSURE_CORRECTION_ALREADY_USED',
  DisclosureCorrectionNotDue: 'DISCLOSURE_CORRECTION_NOT_DUE',
  DisclosureExtensionAlreadyUsed: 'DISCLOSURE_EXTENSION_ALREADY_USED',
} as const;
export type DisclosureErrorCode = (typeof DisclosureErrorCode)[keyof typeof DisclosureErrorCode];

export const DISCLOSURE_ERRORS: Record<DisclosureErrorCode, ErrorCodeInfo> = {
  DISCLOSURE_CORRECTION_WINDOW_PASSED: { status: 409, message: '补正通知须在收到申请之日起7个工作日内发出' },
  DISCLOSURE_CORRECTION_ALREADY_USED: { status: 409, message: '补正通知只能发出一次' },
  DISCLOSURE_CORRECTION_NOT_DUE: { status: 409, message: '补正期限尚未届满' },
  DISCLOSURE_EXTENSION_ALREADY_USED: { status: 409, message: '答复期限只能延长一次' },
};
