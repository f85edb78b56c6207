import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ModuleRef } from '@nestjs/core';
import { DataSource, EntityManager, MigrationExecutor } from 'typeorm';
import type { AppConfig } from '../config/configuration';
import { resolveFromRoot } from '../config/environment';
import { createFirstAdmin } from '../staff/first-admin';
import { StaffService } from '../staff/staff.service';
import { bindStaffRepositories } from '../staff/staff.store';
import { boundMysqlWaits, withUnboundedQueries } from './bounded-waits';
import { ensureReferenceData } from './reference/reference-data';
import { DEMO_ACCOUNTS } from './seeds/demo-accounts';
import { DemoLoader } from './seeds/demo-loader';
import { repositoriesOn } from './unit-of-work';

/** How long an instance waits while another does the start-up work (a long migration, the demo city). */
const STARTUP_LOCK_WAIT_SECONDS = 600;
/** The start-up lock's name on MySQL, per database (names are at most 64 characters; database names at most 64). */
export const STARTUP_LOCK_NAME_SQL = "CONCAT('weimin_start:', LEFT(SHA1(DATABASE()), 40))";

/**
 * At start: bound every wait on MySQL, then, holding the start-up lock, bring the schema up to date, make sure
 * reference data exists, load the demo city if asked, and create the first administrator if configured.
 */
@Injectable()
export class DatabaseBootstrapService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly staff: StaffService,
    private readonly modules: ModuleRef,
  ) {}

  /** docs/security.md §30, once, before the app serves: a connection taken from the pool before this is bounded from its next use. */
  onModuleInit(): void {
    if (this.dataSource.options.type !== 'better-sqlite3') boundMysqlWaits(this.dataSource, this.config.get('database', { infer: true }));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.underStartupLock(async (target) => {
      await this.migrate(target);
      await this.loadData(target);
    });
  }

  private async loadData(target: DataSource | EntityManager): Promise<void> {
    const auth = this.config.get('auth', { infer: true });
    // Every installation, demo or not: the 14 stages and the office (docs/domain.md §1).
    const reference = await target.transaction((manager) => ensureReferenceData(manager));
    if (reference.stagesAdded > 0 || reference.officeAdded) this.logger.log({ msg: 'reference data added', event: 'reference-data', ...reference });
    if (this.config.get('app.seedDemo', { infer: true })) {
      // The city in one transaction, then every history through its feature's services (seeds/demo-loader.ts).
      const { generatedPassword, ...report } = await this.modules.get(DemoLoader, { strict: false }).load(target);
      this.logger.log({ msg: 'demo data checked', event: 'seed', ...report });
      if (generatedPassword) this.announceDemoPassword(generatedPassword);
    }
    if (auth.bootstrapAdmin) {
      const admin = await target.transaction((manager) => createFirstAdmin(repositoriesOn(manager, bindStaffRepositories), this.staff, auth.bootstrapAdmin!));
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

  /**
   * docs/security.md §32: any number of instances may start together on MySQL. A named lock lets one do the start-up
   * work (migrations, reference data, demo data, first admin) while the others wait, then find it done. The work runs
   * on the connection holding the lock, exempt from the query bound (a migration may rebuild a large table). MySQL's
   * named locks are server-wide, so the name carries the database's: installations (or test runs) that share a server
   * but not a database never wait for each other.
   * Embedded SQLite has one process and one connection: no lock.
   */
  private async underStartupLock(work: (target: DataSource | EntityManager) => Promise<void>): Promise<void> {
    if (this.dataSource.options.type === 'better-sqlite3') return work(this.dataSource);
    const runner = this.dataSource.createQueryRunner();
    try {
      await withUnboundedQueries(runner, async () => {
        const [{ name }] = await runner.query(`SELECT ${STARTUP_LOCK_NAME_SQL} AS name`);
        const [{ locked }] = await runner.query(`SELECT GET_LOCK(?, ?) AS locked`, [name, STARTUP_LOCK_WAIT_SECONDS]);
        if (Number(locked) !== 1) throw new Error(`Another instance held the start-up lock for ${STARTUP_LOCK_WAIT_SECONDS} s; not starting`);
        try {
          await work(runner.manager);
        } finally {
          await runner.query(`SELECT RELEASE_LOCK(?)`, [name]).catch(() => undefined);
        }
      });
    } finally {
      await runner.release();
    }
  }

  private async migrate(target: DataSource | EntityManager): Promise<void> {
    const executor = new MigrationExecutor(this.dataSource, target instanceof DataSource ? undefined : target.queryRunner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    if (applied.length > 0) this.logger.log({ msg: 'migrations applied', event: 'migrate', applied: applied.map((m) => m.name) });
  }
}
