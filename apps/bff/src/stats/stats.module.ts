import { Module } from '@nestjs/common';
import { InterpretationsModule } from '../interpretations/interpretations.module';
import { NoticesModule } from '../notices/notices.module';
import { SolicitationsModule } from '../solicitations/solicitations.module';
import { MessageStatsService } from './message-stats.service';
import { StatsAdminController } from './stats-admin.controller';
import { StatsExportService } from './stats-export.service';
import { STATS_STORE_PROVIDER } from './stats.store';

/**
 * 统计分析: the figures the office reports (docs/domain.md §4), on the dashboard and as an Excel export. Interpretations and
 * notices serve their own figures (/api/admin/stats/{interpretations,notices}); the export gathers every section.
 */
@Module({
  imports: [InterpretationsModule, NoticesModule, SolicitationsModule],
  controllers: [StatsAdminController],
  providers: [STATS_STORE_PROVIDER, MessageStatsService, StatsExportService],
  exports: [MessageStatsService],
})
export class StatsModule {}
