import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of the annual report (年度报告): each code names what went wrong, prefixed REPORT_. */
export const ReportErrorCode = {
  /** An agency head asked for the whole government's report, or another department's. */
  ReportAgencyNotYours: 'REPORT_AGENCY_NOT_YOURS',
  /** `agencyId` names no agency. */
  ReportAgencyNotFound: 'REPORT_AGENCY_NOT_FOUND',
  /** The year has not begun in China yet: there is nothing to report. */
  ReportYearNotStarted: 'REPORT_YEAR_NOT_STARTED',
  /** Someone saved the text since the editor opened it: reload and merge. */
  ReportTextVersionMoved: 'REPORT_TEXT_VERSION_MOVED',
  /** The policy document to classify does not exist. */
  ReportDocumentNotFound: 'REPORT_DOCUMENT_NOT_FOUND',
  /** A 废止 date before the document was issued. */
  ReportRepealBeforeIssue: 'REPORT_REPEAL_BEFORE_ISSUE',
  /** No published report has that id. */
  ReportPublicationNotFound: 'REPORT_PUBLICATION_NOT_FOUND',
  /** The report's data with its texts is beyond what one published version may hold (64 KiB of JSON). */
  ReportTooLongToPublish: 'REPORT_TOO_LONG_TO_PUBLISH',
} as const;
export type ReportErrorCode = (typeof ReportErrorCode)[keyof typeof ReportErrorCode];

export const REPORT_ERRORS: Record<ReportErrorCode, ErrorCodeInfo> = {
  REPORT_AGENCY_NOT_YOURS: { status: 403, message: '只能查看本单位的年度报告' },
  REPORT_AGENCY_NOT_FOUND: { status: 404, message: '机构不存在' },
  REPORT_YEAR_NOT_STARTED: { status: 400, message: '该年度尚未开始' },
  REPORT_TEXT_VERSION_MOVED: { status: 409, message: '该段文字已被他人修改，请刷新后再保存' },
  REPORT_DOCUMENT_NOT_FOUND: { status: 404, message: '政策文件不存在' },
  REPORT_REPEAL_BEFORE_ISSUE: { status: 400, message: '废止日期不能早于成文日期' },
  REPORT_PUBLICATION_NOT_FOUND: { status: 404, message: '年度报告不存在或尚未发布' },
  REPORT_TOO_LONG_TO_PUBLISH: { status: 400, message: '年度报告内容过长，无法发布' },
};
