import { Module } from '@nestjs/common';
import { DisclosureAdminController } from './disclosure-admin.controller';
import { DisclosureAdminService } from './disclosure-admin.service';
import { DisclosureDesk } from './disclosure-desk.service';
import { DisclosureScheduler } from './disclosure-scheduler.service';
import { DisclosureController } from './disclosure.controller';
import { DisclosureService } from './disclosure.service';
import { DISCLOSURE_STORE_PROVIDER } from './disclosure.store';

/** 依申请公开 (docs/domain.md §5). */
@Module({
  controllers: [DisclosureController, DisclosureAdminController],
  providers: [DISCLOSURE_STORE_PROVIDER, DisclosureDesk, DisclosureService, DisclosureAdminService, DisclosureScheduler],
  exports: [DisclosureScheduler, DisclosureDesk, DisclosureAdminService],
})
export class DisclosureModule {}
