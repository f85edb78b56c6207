import { Module } from '@nestjs/common';
import { DisclosureModule } from '../../disclosure/disclosure.module';
import { InterpretationsModule } from '../../interpretations/interpretations.module';
import { InterviewsModule } from '../../interviews/interviews.module';
import { MessagesModule } from '../../messages/messages.module';
import { NoticesModule } from '../../notices/notices.module';
import { DemoLoader } from './demo-loader';
import { InterpretationDemoSeeder } from './interpretation-seeds';
import { DisclosureDemoSeeder } from './seed-demo-disclosures';
import { InterviewDemoSeeder } from './seed-demo-interviews';
import { MessageDemoSeeder } from './seed-demo-messages';
import { NoticeDemoSeeder } from './seed-demo-notices';

/** The demo loaders, which go through each feature's own services (the start-up finds DemoLoader here when SEED_DEMO is on). */
@Module({
  imports: [DisclosureModule, InterpretationsModule, InterviewsModule, MessagesModule, NoticesModule],
  providers: [DemoLoader, DisclosureDemoSeeder, InterpretationDemoSeeder, InterviewDemoSeeder, MessageDemoSeeder, NoticeDemoSeeder],
  exports: [DemoLoader],
})
export class DemoModule {}
