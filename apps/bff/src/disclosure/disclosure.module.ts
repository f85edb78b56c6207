import { Module } from '@nestjs/common';
import { DisclosureAdminController } from './disclosure-admin.controller';
import { DisclosureAdminService } from './disclosure-admin.service';
import { DisclosureDesk } from './disclosure-desk.service';
import { DisclosureController } from './disclosure.controller';
import { DisclosureStore } from './disclosure.repository';
import { DisclosureService } from './disclosure.service';

/** 依申请公开 (DOMAIN.md §5). */
@Module({
  controllers: [DisclosureController, DisclosureAdminController],
  providers: [DisclosureStore, DisclosureDesk, DisclosureService, DisclosureAdminService],
})
export class DisclosureModule {}
