import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PublishedReport, PublishedReportSummary } from '@weimin/contracts';
import { IdParam } from '../common/http/id-param.pipe';
import { ReportPublishingService } from './report-publishing.service';

/** 政务公开 → 年度报告 in the mini-program: the published reports, open to everyone. */
@ApiTags('reports')
@Controller('reports')
export class ReportsPublicController {
  constructor(private readonly publishing: ReportPublishingService) {}

  /** Every published version, newest year first; a corrected one is marked superseded (已更正) and stays readable. */
  @Get('annual')
  list(): Promise<PublishedReportSummary[]> {
    return this.publishing.list();
  }

  /** The report as it stood when published. */
  @Get('annual/:id')
  find(@Param('id', IdParam) id: number): Promise<PublishedReport> {
    return this.publishing.find(id);
  }
}
