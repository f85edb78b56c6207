import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { MessagesModule } from '../messages/messages.module';
import { SolicitationFiguresService } from './solicitation-figures.service';
import { SolicitationScheduler } from './solicitation-scheduler.service';
import { SOLICITATION_STORE_PROVIDER } from './solicitation.store';
import { SolicitationsAdminController } from './solicitations-admin.controller';
import { SolicitationsAdminService } from './solicitations-admin.service';
import { SolicitationsController } from './solicitations.controller';
import { SolicitationsService } from './solicitations.service';

/** 意见征集 (docs/domain.md §6). Opinions are moderated by the messages' ModerationService. */
@Module({
  imports: [CalendarModule, MessagesModule],
  controllers: [SolicitationsController, SolicitationsAdminController],
  providers: [SOLICITATION_STORE_PROVIDER, SolicitationsService, SolicitationsAdminService, SolicitationFiguresService, SolicitationScheduler],
  // The statistics workbook carries the figures; the background jobs run the scheduler; the demo loader takes its steps through the services.
  exports: [SolicitationFiguresService, SolicitationScheduler, SolicitationsService, SolicitationsAdminService],
})
export class SolicitationsModule {}
