import { Injectable } from '@nestjs/common';
import {
  AuditAction,
  ErrorCode,
  type ManualFiguresRow,
  type PolicyDocumentKind,
  type ReportTextSection,
  type ReportTextView,
  type SaveManualFiguresRequest,
  type SaveReportTextRequest,
} from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { isUniqueViolation } from '../common/errors/unique-violation';
import type { ReportManualFigure } from './report-manual-figure.entity';
import { reportScope } from './report-scope';
import type { ReportTextVersion } from './report-text.entity';
import { ReportStore } from './report.store';

export function textView(section: ReportTextSection, row: ReportTextVersion | null): ReportTextView {
  return { section, version: row?.version ?? 0, text: row?.text ?? '', authorId: row?.authorId ?? null, savedAt: row?.createdAt.toISOString() ?? null };
}

/** 万元 with four decimals is a whole number of yuan. */
export const wanYuanToYuan = (wan: number): number => Math.round(wan * 10000);
export const yuanToWanYuan = (yuan: number): number => Math.round(yuan) / 10000;

/**
 * What the office (or a department's head, for their department) writes into the report: the text of 一、五、六 as
 * versions, 二's rows entered by hand, and the kind and 废止 date of policy documents. Every save is audited.
 */
@Injectable()
export class ReportInputsService {
  constructor(private readonly store: ReportStore) {}

  async textHistory(caller: StaffCaller, year: number, agencyId: number | undefined, section: ReportTextSection): Promise<ReportTextView[]> {
    const scope = await reportScope(caller, agencyId, this.store.repositories.agencies);
    return (await this.store.repositories.texts.history(year, scope.scopeId, section)).map((row) => textView(section, row));
  }

  /** A new version on top of `baseVersion`; 409 when someone saved since (the unique index settles a race). */
  async saveText(
    caller: StaffCaller,
    year: number,
    agencyId: number | undefined,
    section: ReportTextSection,
    request: SaveReportTextRequest,
  ): Promise<ReportTextView> {
    const scope = await reportScope(caller, agencyId, this.store.repositories.agencies);
    const moved = () => new DomainException(ErrorCode.ReportTextVersionMoved, '该段文字已被他人修改，请刷新后再保存');
    try {
      return await this.store.transaction(async ({ texts, audit }) => {
        const latest = await texts.latest(year, scope.scopeId, section);
        if ((latest?.version ?? 0) !== request.baseVersion) throw moved();
        const saved = await texts.insert({
          year,
          scopeId: scope.scopeId,
          section,
          version: request.baseVersion + 1,
          text: request.text,
          authorId: caller.id,
          createdAt: new Date(),
        });
        await audit.recordStaff(caller, {
          action: AuditAction.ReportTextSaved,
          objectType: 'report',
          objectId: `${year}/${scope.scopeId}/${section}`,
          reason: `第${saved.version}版`,
          agencyId: scope.agencyId,
        });
        return textView(section, saved);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw moved();
      throw error;
    }
  }

  async manualFigures(caller: StaffCaller, year: number, agencyId: number | undefined): Promise<ManualFiguresRow[]> {
    const scope = await reportScope(caller, agencyId, this.store.repositories.agencies);
    const rows = await this.store.repositories.manualFigures.forYear(year, scope.agencyId);
    const names = await this.store.repositories.agencies.names(rows.map((r) => r.agencyId));
    return rows.map((row) => manualRow(row, names.get(row.agencyId) ?? ''));
  }

  /** One agency's rows for a year, replaced as a whole. */
  async saveManualFigures(caller: StaffCaller, year: number, agencyId: number, request: SaveManualFiguresRequest): Promise<ManualFiguresRow> {
    const scope = await reportScope(caller, agencyId, this.store.repositories.agencies);
    const saved = await this.store.transaction(async ({ manualFigures, audit }) => {
      const known = await manualFigures.find(year, agencyId);
      const row = await manualFigures.save({
        ...(known ? { id: known.id } : {}),
        year,
        agencyId,
        licensing: request.licensing,
        penalties: request.penalties,
        enforcement: request.enforcement,
        feesYuan: wanYuanToYuan(request.feesWanYuan),
        updatedById: caller.id,
        updatedAt: new Date(),
      });
      await audit.recordStaff(caller, {
        action: AuditAction.ReportFiguresSaved,
        objectType: 'report',
        objectId: `${year}/${agencyId}`,
        reason: `许可${request.licensing} 处罚${request.penalties} 强制${request.enforcement} 收费${request.feesWanYuan}万元`,
        agencyId,
      });
      return row;
    });
    return manualRow(saved, scope.name);
  }

  async classifyDocument(
    caller: StaffCaller,
    id: number,
    kind: PolicyDocumentKind,
    repealedOn: string | null,
  ): Promise<{ id: number; kind: PolicyDocumentKind; repealedOn: string | null }> {
    return this.store.transaction(async ({ publications, audit }) => {
      const document = await publications.findDocument(id);
      if (!document) throw new DomainException(ErrorCode.ReportDocumentNotFound, '政策文件不存在');
      if (repealedOn && repealedOn < document.issuedOn)
        throw new DomainException(ErrorCode.ReportRepealBeforeIssue, `废止日期不能早于成文日期 ${document.issuedOn}`);
      await publications.classifyDocument(id, kind, repealedOn);
      await audit.recordStaff(caller, {
        action: AuditAction.ReportDocumentClassified,
        objectType: 'policy_document',
        objectId: id,
        reason: `${kind}${repealedOn ? ` 废止于${repealedOn}` : ''}`,
      });
      return { id, kind, repealedOn };
    });
  }
}

function manualRow(row: ReportManualFigure, agencyName: string): ManualFiguresRow {
  return {
    agencyId: row.agencyId,
    agencyName,
    year: row.year,
    licensing: row.licensing,
    penalties: row.penalties,
    enforcement: row.enforcement,
    feesWanYuan: yuanToWanYuan(Number(row.feesYuan)),
    updatedAt: row.updatedAt.toISOString(),
  };
}
