import { type AgencyKind, ErrorCode, type FieldError, type Industry } from '@weimin/contracts';

/** Why an agency may not be created or changed as asked, or null when it may. */
export interface AgencyRefusal {
  code: ErrorCode;
  message: string;
  details?: FieldError[];
}

/** What the rules need to know of the agencies that exist. */
export interface ExistingAgencies {
  codeTaken: boolean;
  officeExists: boolean;
}

/** A new agency: its code is its own, and there is one office (政务公开办) only. */
export function agencyCreateRefusal(kind: AgencyKind, existing: ExistingAgencies): AgencyRefusal | null {
  if (existing.codeTaken) return { code: ErrorCode.AgencyCodeTaken, message: '机构代码已被使用', details: [{ field: 'code', messages: ['机构代码已被使用'] }] };
  if (kind === 'office' && existing.officeExists) return { code: ErrorCode.AgencyOfficeExists, message: '政务公开办只能有一个' };
  return null;
}

/** The office answers for every message and application: it is never disabled. */
export function agencyDisableRefusal(agency: { kind: AgencyKind }): AgencyRefusal | null {
  return agency.kind === 'office' ? { code: ErrorCode.AgencyOfficeCannotBeDisabled, message: '政务公开办不能停用' } : null;
}

/**
 * Only public enterprises and institutions have an industry, and they must have one; any other kind's industry is
 * dropped. Returns the industry to store, or the refusal.
 */
export function industryFor(kind: AgencyKind, industry: Industry | null): { industry: Industry | null } | { refusal: AgencyRefusal } {
  if (kind !== 'public_enterprise') return { industry: null };
  if (!industry) {
    return {
      refusal: {
        code: ErrorCode.AgencyIndustryRequired,
        message: '公共企事业单位须选择行业',
        details: [{ field: 'industry', messages: ['公共企事业单位须选择行业'] }],
      },
    };
  }
  return { industry };
}
