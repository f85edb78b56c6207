import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { ContactCipher } from '../common/privacy/contact-cipher';
import type { AppConfig } from '../config/configuration';
import { resolveFromRoot } from '../config/environment';
import { createFirstAdmin } from '../staff/first-admin';
import { StaffService } from '../staff/staff.service';
import { DEMO_ACCOUNTS } from './seeds/demo-accounts';
import { ensureReferenceData, seedDemoData } from './seeds/seed.service';

/**
 * At start: bring the schema up to date, make sure reference data exists, load the demo city if asked,
 * and create the first administrator if configured.
 */
@Injectable()
export class DatabaseBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly staff: StaffService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.migrate();
    const auth = this.config.get('auth', { infer: true });
    if (this.config.get('app.seedDemo', { infer: true })) {
      const messages = this.config.get('app.seedDemoMessages', { infer: true })
        ? { cipher: new ContactCipher(this.config.get('citizens.contactKey', { infer: true })), rules: this.config.get('deadlines', { infer: true }) }
        : undefined;
      const { generatedPassword, ...report } = await seedDemoData(this.dataSource, { staffPassword: auth.demoStaffPassword, messages });
      this.logger.log({ msg: 'demo data checked', event: 'seed', ...report });
      if (generatedPassword) this.announceDemoPassword(generatedPassword);
    } else {
      await this.dataSource.transaction((manager) => ensureReferenceData(manager));
    }
    if (auth.bootstrapAdmin) {
      const admin = await this.dataSource.transaction((manager) => createFirstAdmin(manager, this.staff, auth.bootstrapAdmin!));
      if (admin) this.logger.log({ msg: 'first administrator created', event: 'first-admin', accountId: admin.id });
    }
  }

  /** Shown once, on the console of the developer who started the demo; kept beside the data for later. */
  private announceDemoPassword(password: string): void {
    const file = resolveFromRoot('data/demo-accounts.txt');
    const text = [
      '为民 demo accounts (console at /admin), all with the same password:',
      `  password: ${password}`,
      ...DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(14)} ${a.displayName}  ${a.roles.join(', ')}  (${a.agencyCode})`),
      '',
    ].join('\n');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, { mode: 0o600 });
    console.log(`\n${text}(also written to ${file})\n`);
  }

  /** Several BFF instances may start together on MySQL: a named lock lets one migrate while the others wait. */
  private async migrate(): Promise<void> {
    if (this.dataSource.options.type === 'better-sqlite3') {
      await this.runPendingMigrations();
      return;
    }
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.query(`SELECT GET_LOCK('weimin_migrations', 120)`);
      await this.runPendingMigrations();
    } finally {
      await runner.query(`SELECT RELEASE_LOCK('weimin_migrations')`).catch(() => undefined);
      await runner.release();
    }
  }

  private async runPendingMigrations(): Promise<void> {
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) this.logger.log({ msg: 'migrations applied', event: 'migrate', applied: applied.map((m) => m.name) });
  }
}
