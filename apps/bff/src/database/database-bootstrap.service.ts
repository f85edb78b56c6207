import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/configuration';
import { ensureLifeEventStages, seedDemoData } from './seeds/seed.service';

/** At start: bring the schema up to date, make sure reference data exists, and load the demo city if asked. */
@Injectable()
export class DatabaseBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.migrate();
    if (this.config.get('app.seedDemo', { infer: true })) {
      const report = await seedDemoData(this.dataSource);
      this.logger.log({ event: 'seed', ...report }, 'demo data checked');
    } else {
      await this.dataSource.transaction((manager: EntityManager) => ensureLifeEventStages(manager));
    }
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
    if (applied.length > 0) this.logger.log({ event: 'migrate', applied: applied.map((m) => m.name) }, 'migrations applied');
  }
}
