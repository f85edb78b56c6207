import { Module } from '@nestjs/common';
import { AnnualReportService } from './annual-report.service';
import { ReportExportService } from './report-export.service';
import { ReportInputsService } from './report-inputs.service';
import { ReportPublishingService } from './report-publishing.service';
import { REPORT_STORE_PROVIDER } from './report.store';
import { ReportsAdminController } from './reports-admin.controller';
import { ReportsPublicController } from './reports-public.controller';

/** 年度报告 (docs/domain.md §8): built from the other features' tables through its own read-only queries. */
@Module({
  controllers: [ReportsAdminController, ReportsPublicController],
  providers: [REPORT_STORE_PROVIDER, AnnualReportService, ReportInputsService, ReportExportService, ReportPublishingService],
})
export class ReportsModule {}
