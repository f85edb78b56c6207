import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AnnualReport, ManualFiguresRow, PublishedReport, ReportTextView } from '@weimin/contracts';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { IdParam } from '../common/http/id-param.pipe';
import { AnnualReportService } from './annual-report.service';
import { AnnualReportQueryDto, PublishReportQueryDto, ReportYearParams } from './dto/annual-report.query';
import { ClassifyDocumentDto, ManualFiguresQueryDto, ReportTextParams, SaveManualFiguresDto, SaveReportTextDto } from './dto/report-inputs.dto';
import { ReportExportService, type ReportFormat } from './report-export.service';
import { ReportInputsService } from './report-inputs.service';
import { ReportPublishingService } from './report-publishing.service';

const TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

@ApiTags('admin: reports')
@Controller('admin/reports')
export class ReportsAdminController {
  constructor(
    private readonly reports: AnnualReportService,
    private readonly inputs: ReportInputsService,
    private readonly exports: ReportExportService,
    private readonly publishing: ReportPublishingService,
  ) {}

  /**
   * The year's report frozen and published to the mini-program: the whole government's (office), or with `agencyId` a
   * department's own (its head, or the office); again: a corrected version.
   */
  @Post('annual/:year/publish')
  @HttpCode(201)
  publish(@CurrentStaff() staff: StaffCaller, @Param() params: ReportYearParams, @Query() query: PublishReportQueryDto): Promise<PublishedReport> {
    return this.publishing.publish(staff, params.year, query.agencyId);
  }

  /** 政府信息公开工作年度报告 as data: 一 to 六, table 三 with its check per column, table 四. */
  @Get('annual')
  annual(@CurrentStaff() staff: StaffCaller, @Query() query: AnnualReportQueryDto): Promise<AnnualReport> {
    return this.reports.annual(staff, query.year, query.agencyId);
  }

  /** Tables 二、三、四 with the official merged headers. */
  @Get('annual.xlsx')
  @ApiProduces(TYPES.xlsx)
  workbook(@CurrentStaff() staff: StaffCaller, @Query() query: AnnualReportQueryDto): Promise<StreamableFile> {
    return this.file(staff, query, 'xlsx');
  }

  /** The whole report in the official order and headings, tables included. */
  @Get('annual.docx')
  @ApiProduces(TYPES.docx)
  document(@CurrentStaff() staff: StaffCaller, @Query() query: AnnualReportQueryDto): Promise<StreamableFile> {
    return this.file(staff, query, 'docx');
  }

  private async file(staff: StaffCaller, query: AnnualReportQueryDto, format: ReportFormat): Promise<StreamableFile> {
    const { file, name } = await this.exports.export(staff, query.year, query.agencyId, format);
    return new StreamableFile(file, {
      type: TYPES[format],
      disposition: `attachment; filename="weimin-report-${query.year}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      length: file.length,
    });
  }

  /** Every saved version of one text section, newest first. */
  @Get('annual/texts/:section/history')
  textHistory(@CurrentStaff() staff: StaffCaller, @Param() params: ReportTextParams, @Query() query: AnnualReportQueryDto): Promise<ReportTextView[]> {
    return this.inputs.textHistory(staff, query.year, query.agencyId, params.section);
  }

  @Put('annual/texts/:section')
  saveText(
    @CurrentStaff() staff: StaffCaller,
    @Param() params: ReportTextParams,
    @Query() query: AnnualReportQueryDto,
    @Body() dto: SaveReportTextDto,
  ): Promise<ReportTextView> {
    return this.inputs.saveText(staff, query.year, query.agencyId, params.section, dto);
  }

  /** 二's rows entered by hand for the year: every agency's (office), or one. */
  @Get('manual-figures')
  manualFigures(@CurrentStaff() staff: StaffCaller, @Query() query: AnnualReportQueryDto): Promise<ManualFiguresRow[]> {
    return this.inputs.manualFigures(staff, query.year, query.agencyId);
  }

  @Put('manual-figures')
  saveManualFigures(@CurrentStaff() staff: StaffCaller, @Query() query: ManualFiguresQueryDto, @Body() dto: SaveManualFiguresDto): Promise<ManualFiguresRow> {
    return this.inputs.saveManualFigures(staff, query.year, query.agencyId, dto);
  }

  /** 规章 / 规范性文件 and the 废止 date of a policy document, which table 二 counts. */
  @Put('policy-documents/:id/classification')
  classifyDocument(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: ClassifyDocumentDto) {
    return this.inputs.classifyDocument(staff, id, dto.kind, dto.repealedOn ?? null);
  }
}
