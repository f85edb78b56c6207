import { Module } from '@nestjs/common';
import { NoticeFreshnessService } from './notice-freshness.service';
import { NoticeReminderScheduler } from './notice-reminder-scheduler.service';
import { NoticeStatsService } from './notice-stats.service';
import { NOTICE_STORE_PROVIDER } from './notice.store';
import { NoticesAdminController } from './notices-admin.controller';
import { NoticesAdminService } from './notices-admin.service';
import { NoticesController } from './notices.controller';
import { NoticesService } from './notices.service';

/** 公共企事业单位信息公开 (docs/domain.md §2): notices, freshness board, update reminders, figures. */
@Module({
  controllers: [NoticesController, NoticesAdminController],
  providers: [NOTICE_STORE_PROVIDER, NoticesService, NoticesAdminService, NoticeFreshnessService, NoticeStatsService, NoticeReminderScheduler],
  // The demo loader publishes the demo notices through the console's service.
  exports: [NoticeReminderScheduler, NoticeStatsService, NoticesAdminService],
})
export class NoticesModule {}
