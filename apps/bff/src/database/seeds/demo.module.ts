import { Module } from '@nestjs/common';
import { DisclosureModule } from '../../disclosure/disclosure.module';
import { MessagesModule } from '../../messages/messages.module';
import { DisclosureDemoSeeder } from './seed-demo-disclosures';
import { MessageDemoSeeder } from './seed-demo-messages';

/** The demo loaders that go through a feature's own services (the start-up finds them here when SEED_DEMO is on). */
@Module({
  imports: [DisclosureModule, MessagesModule],
  providers: [DisclosureDemoSeeder, MessageDemoSeeder],
})
export class DemoModule {}
