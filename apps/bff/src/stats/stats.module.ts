import { Module } from '@nestjs/common';
import { MessageStatsService } from './message-stats.service';
import { StatsAdminController } from './stats-admin.controller';
import { StatsExportService } from './stats-export.service';

/** 统计分析: the figures the office reports (DOMAIN.md §4), on the dashboard and as an Excel export. */
@Module({
  controllers: [StatsAdminController],
  providers: [MessageStatsService, StatsExportService],
  exports: [MessageStatsService],
})
export class StatsModule {}
