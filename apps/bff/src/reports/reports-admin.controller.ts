import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AnnualReport } from '@weimin/contracts';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { AnnualReportService } from './annual-report.service';
import { AnnualReportQueryDto } from './dto/annual-report.query';

@ApiTags('admin: reports')
@Controller('admin/reports')
export class ReportsAdminController {
  constructor(private readonly reports: AnnualReportService) {}

  /** 政府信息公开工作年度报告 as data: table 三 with its check per column, table 四. */
  @Get('annual')
  annual(@CurrentStaff() staff: StaffCaller, @Query() query: AnnualReportQueryDto): Promise<AnnualReport> {
    return this.reports.annual(staff, query.year, query.agencyId);
  }
}
