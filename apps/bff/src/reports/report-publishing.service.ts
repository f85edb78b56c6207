import { Injectable } from '@nestjs/common';
import { AuditAction, ErrorCode, reportPublisherName, type AnnualReport, type PublishedReport, type PublishedReportSummary } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { AnnualReportService } from './annual-report.service';
import type { ReportPublication } from './report-publication.entity';
import { ReportStore } from './report.store';

/** A TEXT column holds 65,535 bytes in MySQL: the snapshot must fit in it (UTF-8). */
export const SNAPSHOT_MAX_BYTES = 65535;

const summary = (row: Omit<ReportPublication, 'snapshot' | 'publishedById'>): PublishedReportSummary => ({
  id: row.id,
  year: row.year,
  agencyId: row.agencyId,
  publisher: row.publisher,
  title: row.title,
  publishedAt: row.publishedAt.toISOString(),
  superseded: row.supersededAt !== null,
  supersededAt: row.supersededAt?.toISOString() ?? null,
});

/**
 * 年度报告 published to the mini-program (docs/domain.md §8): the office freezes the whole government's report of a
 * year as it stands, and a department's head (or the office for any department) the department's own (`agencyId`);
 * publishing the same year and publisher again adds the corrected version and marks the earlier 已更正, never deleting it.
 */
@Injectable()
export class ReportPublishingService {
  constructor(
    private readonly reports: AnnualReportService,
    private readonly store: ReportStore,
  ) {}

  async publish(caller: StaffCaller, year: number, agencyId: number | undefined, at: Date = new Date()): Promise<PublishedReport> {
    // Whole seconds: MySQL's DATETIME keeps no more, and the answer must show the date the list will show.
    const now = new Date(Math.floor(at.getTime() / 1000) * 1000);
    // The same scope rule as reading: a department's head only their own department (403 otherwise).
    const report = await this.reports.annual(caller, year, agencyId, at);
    const snapshot = JSON.stringify(report);
    if (Buffer.byteLength(snapshot, 'utf8') > SNAPSHOT_MAX_BYTES) {
      throw new DomainException(ErrorCode.ReportTooLongToPublish, '年度报告内容过长（文字部分请精简后再发布）');
    }
    const row = await this.store.transaction(async ({ published, audit }) => {
      const corrected = await published.supersede(year, report.agencyId, now);
      const saved = await published.insert({
        year,
        agencyId: report.agencyId,
        publisher: reportPublisherName(report.cityName, report.agencyId === null ? null : report.agencyName),
        title: report.title,
        snapshot,
        publishedAt: now,
        publishedById: caller.id,
        supersededAt: null,
      });
      await audit.recordStaff(caller, {
        action: AuditAction.ReportPublished,
        objectType: 'report',
        objectId: String(saved.id),
        reason: corrected > 0 ? `${report.title}（更正）` : report.title,
        agencyId: report.agencyId,
      });
      return saved;
    });
    return { ...summary(row), report };
  }

  /** `publisher`: null for the government's reports, an agency id for that department's, undefined for all. */
  async list(publisher?: number | null): Promise<PublishedReportSummary[]> {
    return (await this.store.repositories.published.list(publisher)).map(summary);
  }

  async find(id: number): Promise<PublishedReport> {
    const row = await this.store.repositories.published.find(id);
    if (!row) throw new DomainException(ErrorCode.ReportPublicationNotFound, '年度报告不存在或尚未发布');
    return { ...summary(row), report: JSON.parse(row.snapshot) as AnnualReport };
  }
}
