import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { TextModule } from '../common/text/text.module';
import { DisclosureModule } from '../disclosure/disclosure.module';
import { NoticesModule } from '../notices/notices.module';
import { RoutingModule } from '../routing/routing.module';
import { MessageScheduler } from './message-scheduler.service';
import { MessageWorkflow } from './message-workflow.service';
import { MESSAGE_STORE_PROVIDER, MessageStore } from './message.store';
import { MessagesAdminController } from './messages-admin.controller';
import { MessagesAdminService } from './messages-admin.service';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';
import { ModerationService } from './moderation.service';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [RoutingModule, NoticesModule, CalendarModule, DisclosureModule, TextModule],
  controllers: [MessagesController, MessagesAdminController],
  providers: [MessagesService, MessagesAdminService, MessageWorkflow, ModerationService, NotificationsService, MessageScheduler, MESSAGE_STORE_PROVIDER],
  // The public board (board/) shows messages through MessagesService's contact decryption; the demo loader takes its
  // steps through these services (database/seeds/seed-demo-messages.ts). Photos (photos/) work in the messages' store;
  // 意见征集 (solicitations/) moderates opinions as messages are.
  exports: [MessagesService, MessageScheduler, MessagesAdminService, MessageWorkflow, MessageStore, ModerationService],
})
export class MessagesModule {}
