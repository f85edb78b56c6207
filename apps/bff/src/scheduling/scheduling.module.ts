import { Module } from '@nestjs/common';
import { DisclosureModule } from '../disclosure/disclosure.module';
import { MessagesModule } from '../messages/messages.module';
import { NoticesModule } from '../notices/notices.module';
import { OutboxModule } from '../outbox/outbox.module';
import { SolicitationsModule } from '../solicitations/solicitations.module';
import { BackgroundJobs } from './background-jobs.service';

/** Starts each feature's scheduler and the outbox worker on their intervals; the schedulers themselves live with their features. */
@Module({
  imports: [MessagesModule, NoticesModule, DisclosureModule, OutboxModule, SolicitationsModule],
  providers: [BackgroundJobs],
})
export class SchedulingModule {}
