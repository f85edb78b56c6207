import { Module } from '@nestjs/common';
import { DisclosureModule } from '../../disclosure/disclosure.module';
import { DisclosureDemoSeeder } from './seed-demo-disclosures';

/** The demo loaders that go through a feature's own services (the start-up finds them here when SEED_DEMO is on). */
@Module({
  imports: [DisclosureModule],
  providers: [DisclosureDemoSeeder],
})
export class DemoModule {}
