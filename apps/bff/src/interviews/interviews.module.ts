import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { TextModule } from '../common/text/text.module';
import { MessagesModule } from '../messages/messages.module';
import { InterviewFiguresService } from './interview-figures.service';
import { INTERVIEW_STORE_PROVIDER } from './interview.store';
import { InterviewsAdminController } from './interviews-admin.controller';
import { InterviewsAdminService } from './interviews-admin.service';
import { InterviewsController } from './interviews.controller';
import { InterviewsService } from './interviews.service';

/** 在线访谈 (issue 17). Unanswered questions become messages through the messages' workflow and moderation. */
@Module({
  imports: [MessagesModule, CalendarModule, TextModule],
  controllers: [InterviewsController, InterviewsAdminController],
  providers: [INTERVIEW_STORE_PROVIDER, InterviewsService, InterviewsAdminService, InterviewFiguresService],
  // 统计分析 and its export carry the figures; the demo loader takes its steps through the services.
  exports: [InterviewFiguresService, InterviewsService, InterviewsAdminService],
})
export class InterviewsModule {}
