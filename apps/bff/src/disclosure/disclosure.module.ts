import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { DisclosureAdminController } from './disclosure-admin.controller';
import { DisclosureAdminService } from './disclosure-admin.service';
import { DisclosureDesk } from './disclosure-desk.service';
import { DisclosureScheduler } from './disclosure-scheduler.service';
import { DisclosureController } from './disclosure.controller';
import { DisclosureStore } from './disclosure.repository';
import { DisclosureService } from './disclosure.service';

/** 依申请公开 (docs/domain.md §5). */
@Module({
  imports: [OutboxModule],
  controllers: [DisclosureController, DisclosureAdminController],
  providers: [DisclosureStore, DisclosureDesk, DisclosureService, DisclosureAdminService, DisclosureScheduler],
  exports: [DisclosureScheduler, DisclosureDesk, DisclosureAdminService],
})
export class DisclosureModule {}
