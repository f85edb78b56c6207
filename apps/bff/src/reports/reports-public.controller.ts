import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PublishedReport, PublishedReportSummary } from '@weimin/contracts';
import { IdParam } from '../common/http/id-param.pipe';
import { PublishedReportListQueryDto } from './dto/annual-report.query';
import { ReportPublishingService } from './report-publishing.service';

/** 政务公开 → 年度报告 in the mini-program: the published reports, open to everyone. */
@ApiTags('reports')
@Controller('reports')
export class ReportsPublicController {
  constructor(private readonly publishing: ReportPublishingService) {}

  /**
   * Every published version, newest year first, the government's and the departments' (`?publisher=government` or a
   * department's id for one publisher's); a corrected one is marked superseded (已更正) and stays readable.
   */
  @Get('annual')
  list(@Query() query: PublishedReportListQueryDto): Promise<PublishedReportSummary[]> {
    return this.publishing.list(query.publisher === undefined ? undefined : query.publisher === 'government' ? null : Number(query.publisher));
  }

  /** The report as it stood when published. */
  @Get('annual/:id')
  find(@Param('id', IdParam) id: number): Promise<PublishedReport> {
    return this.publishing.find(id);
  }
}
