import { Module } from '@nestjs/common';
import { DisclosureModule } from '../../disclosure/disclosure.module';
import { InterpretationsModule } from '../../interpretations/interpretations.module';
import { MessagesModule } from '../../messages/messages.module';
import { NoticesModule } from '../../notices/notices.module';
import { SolicitationsModule } from '../../solicitations/solicitations.module';
import { DemoLoader } from './demo-loader';
import { InterpretationDemoSeeder } from './interpretation-seeds';
import { DisclosureDemoSeeder } from './seed-demo-disclosures';
import { MessageDemoSeeder } from './seed-demo-messages';
import { NoticeDemoSeeder } from './seed-demo-notices';
import { SolicitationDemoSeeder } from './seed-demo-solicitations';

/** The demo loaders, which go through each feature's own services (the start-up finds DemoLoader here when SEED_DEMO is on). */
@Module({
  imports: [DisclosureModule, InterpretationsModule, MessagesModule, NoticesModule, SolicitationsModule],
  providers: [DemoLoader, DisclosureDemoSeeder, InterpretationDemoSeeder, MessageDemoSeeder, NoticeDemoSeeder, SolicitationDemoSeeder],
  exports: [DemoLoader],
})
export class DemoModule {}
