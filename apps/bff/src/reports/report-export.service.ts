import { Injectable } from '@nestjs/common';
import { AuditAction } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { AnnualReportService } from './annual-report.service';
import { renderReportDocument } from './report-document';
import { writeReportWorkbook } from './report-workbook';
import { ReportStore } from './report.store';

export type ReportFormat = 'xlsx' | 'docx';

/** The report as .xlsx (tables) or .docx (the whole report); figures and the office's text only, each export audited. */
@Injectable()
export class ReportExportService {
  constructor(
    private readonly reports: AnnualReportService,
    private readonly store: ReportStore,
  ) {}

  async export(caller: StaffCaller, year: number, agencyId: number | undefined, format: ReportFormat): Promise<{ file: Buffer; name: string }> {
    const report = await this.reports.annual(caller, year, agencyId);
    const file = format === 'xlsx' ? await writeReportWorkbook(report) : await renderReportDocument(report);
    await this.store.transaction(({ audit }) =>
      audit.recordStaff(caller, {
        action: AuditAction.ReportExported,
        objectType: 'report',
        objectId: `${year}/${report.agencyId ?? 0}.${format}`,
        agencyId: report.agencyId,
      }),
    );
    return { file, name: `${report.title}.${format}` };
  }
}
