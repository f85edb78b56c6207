import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/configuration';
import { InterpretationDemoSeeder } from './interpretation-seeds';
import { DisclosureDemoSeeder } from './seed-demo-disclosures';
import { InterviewDemoSeeder } from './seed-demo-interviews';
import { MessageDemoSeeder } from './seed-demo-messages';
import { NoticeDemoSeeder } from './seed-demo-notices';
import { SolicitationDemoSeeder } from './seed-demo-solicitations';
import { type DemoOptions, seedDemoData, type SeedReport } from './seed.service';

/**
 * The demo as the start-up and `npm run seed` load it: the city, then every history through its feature's services,
 * with the configured demo password and hashing cost; the messages, 依申请公开 applications, 意见征集 and 在线访谈 when SEED_DEMO_MESSAGES
 * is on (or `messages` says so).
 */
@Injectable()
export class DemoLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly notices: NoticeDemoSeeder,
    private readonly interpretations: InterpretationDemoSeeder,
    private readonly messages: MessageDemoSeeder,
    private readonly disclosures: DisclosureDemoSeeder,
    private readonly solicitations: SolicitationDemoSeeder,
    private readonly interviews: InterviewDemoSeeder,
  ) {}

  /** `target`: where the city is written (the start-up's locked connection); the histories take the services' own. */
  load(target: DataSource | EntityManager = this.dataSource, options: Pick<DemoOptions, 'messages' | 'now'> = {}): Promise<SeedReport> {
    const auth = this.config.get('auth', { infer: true });
    return seedDemoData(
      target,
      {
        notices: this.notices,
        interpretations: this.interpretations,
        messages: this.messages,
        disclosures: this.disclosures,
        solicitations: this.solicitations,
        interviews: this.interviews,
      },
      {
        staffPassword: auth.demoStaffPassword,
        passwordHashMemoryKib: auth.passwordHashMemoryKib,
        messages: options.messages ?? this.config.get('app.seedDemoMessages', { infer: true }),
        now: options.now,
      },
    );
  }
}
