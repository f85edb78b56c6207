import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of agencies and routing rules: each code names what went wrong, prefixed AGENCY_ (or ROUTING_). */
export const AgencyErrorCode = {
  AgencyCodeTaken: 'AGENCY_CODE_TAKEN',
  AgencyOfficeExists: 'AGENCY_OFFICE_EXISTS',
  AgencyOfficeCannotBeDisabled: 'AGENCY_OFFICE_CANNOT_BE_DISABLED',
  AgencyIndustryRequired: 'AGENCY_INDUSTRY_REQUIRED',
} as const;
export type AgencyErrorCode = (typeof AgencyErrorCode)[keyof typeof AgencyErrorCode];

export const AGENCY_ERRORS: Record<AgencyErrorCode, ErrorCodeInfo> = {
  AGENCY_CODE_TAKEN: { status: 409, message: '机构代码已被使用' },
  AGENCY_OFFICE_EXISTS: { status: 409, message: '政务公开办只能有一个' },
  AGENCY_OFFICE_CANNOT_BE_DISABLED: { status: 409, message: '政务公开办不能停用' },
  AGENCY_INDUSTRY_REQUIRED: { status: 400, message: '公共企事业单位须选择行业' },
};
