import { ErrorCode } from '@weimin/contracts';
import { seesAllAgencies, type StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import type { ReportAgencies } from './reports.repository';

/** Whose report: null for the whole government (本级政府). */
export interface ReportScope {
  agencyId: number | null;
  name: string;
  /** 0 for the whole government: the key of the office's texts. */
  scopeId: number;
}

export const WHOLE_GOVERNMENT = '本级政府';

/**
 * The office may read (and write for) the whole government or any agency; anyone else only their own agency, named
 * with `agencyId` (docs/security.md §8). An unknown agency is 404.
 */
export async function reportScope(caller: StaffCaller, agencyId: number | undefined, agencies: ReportAgencies): Promise<ReportScope> {
  if (!seesAllAgencies(caller) && agencyId !== caller.agencyId) {
    throw new DomainException(ErrorCode.ReportAgencyNotYours, agencyId === undefined ? '请以 agencyId 指定本单位' : '只能查看本单位的年度报告');
  }
  if (agencyId === undefined) return { agencyId: null, name: WHOLE_GOVERNMENT, scopeId: 0 };
  const agency = await agencies.find(agencyId);
  if (!agency) throw new DomainException(ErrorCode.ReportAgencyNotFound, '机构不存在');
  return { agencyId: agency.id, name: agency.name, scopeId: agency.id };
}
