import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { MessageStatsQueryDto } from './dto/message-stats.query';
import { MessageStatsService } from './message-stats.service';
import { StatsExportService } from './stats-export.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('admin: stats')
@Controller('admin/stats')
export class StatsAdminController {
  constructor(
    private readonly messages: MessageStatsService,
    private readonly exports: StatsExportService,
  ) {}

  @Get('messages')
  messageStats(@CurrentStaff() staff: StaffCaller, @Query() query: MessageStatsQueryDto) {
    return this.messages.messageStats(staff, query);
  }

  @Get('export.xlsx')
  @ApiProduces(XLSX)
  async export(@CurrentStaff() staff: StaffCaller, @Query() query: MessageStatsQueryDto) {
    const file = await this.exports.workbook(staff, query);
    const period = query.from || query.to ? `-${query.from ?? '最早'}至${query.to ?? '今'}` : '';
    const name = `统计分析${period}.xlsx`;
    return new StreamableFile(file, {
      type: XLSX,
      disposition: `attachment; filename="weimin-stats.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      length: file.length,
    });
  }
}
