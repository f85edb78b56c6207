import { Injectable } from '@nestjs/common';
import { ErrorCode, type AnnualReport } from '@weimin/contracts';
import { seesAllAgencies, type StaffCaller } from '../auth/staff-principal';
import { chinaDay } from '../calendar/working-days';
import { DomainException } from '../common/errors/domain.exception';
import { buildTableFour, buildTableThree } from './report-tables';
import { ReportStore, yearBounds } from './reports.repository';

/** The name of the whole government's report when the office agency has no name of its own to give. */
const WHOLE_GOVERNMENT = '本级政府';

/**
 * 政府信息公开工作年度报告 (docs/domain.md §8): the office reads the whole government's report or one department's; a
 * department's head reads their own department's only (docs/security.md §8).
 */
@Injectable()
export class AnnualReportService {
  constructor(private readonly store: ReportStore) {}

  async annual(caller: StaffCaller, year: number, agencyId: number | undefined, now: Date = new Date()): Promise<AnnualReport> {
    const scope = await this.scopeOf(caller, agencyId);
    if (`${year}-01-01` > chinaDay(now)) throw new DomainException(ErrorCode.ReportYearNotStarted, `${year}年尚未开始，没有可报告的数据`);
    const bounds = yearBounds(year);
    const three = buildTableThree(await this.store.disclosure.tableThreeRows(bounds, scope.agencyId));
    const remedyRows = await this.store.disclosure.remedyRows(bounds, scope.agencyId);
    return {
      year,
      agencyId: scope.agencyId,
      agencyName: scope.name,
      tableThree: three.rows,
      check: three.check,
      tableFour: buildTableFour(remedyRows),
      generatedAt: now.toISOString(),
    };
  }

  /** Whose report: the office may name any agency or none; anyone else must name their own agency. */
  private async scopeOf(caller: StaffCaller, agencyId: number | undefined): Promise<{ agencyId: number | null; name: string }> {
    if (!seesAllAgencies(caller) && agencyId !== caller.agencyId) {
      throw new DomainException(ErrorCode.ReportAgencyNotYours, agencyId === undefined ? '请以 agencyId 指定本单位' : '只能查看本单位的年度报告');
    }
    if (agencyId === undefined) return { agencyId: null, name: WHOLE_GOVERNMENT };
    const agency = await this.store.agencies.find(agencyId);
    if (!agency) throw new DomainException(ErrorCode.ReportAgencyNotFound, '机构不存在');
    return { agencyId: agency.id, name: agency.name };
  }
}
