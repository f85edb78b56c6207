import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/configuration';
import { loadAppConfig } from '../config/configuration';
import { ENTITIES } from './entities';
import { migrationsFor } from './migrations';

/**
 * The one description of the database, for the app, the migration generator, the seed command and the tests.
 * Schema changes always go through committed migrations, on SQLite as on MySQL (`synchronize` stays off).
 */
export function dataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: migrationsFor(config.type),
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;

  if (config.type === 'mysql') {
    return {
      ...common,
      type: 'mysql',
      url: config.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      // Pool recovers by itself when the server goes away and comes back (SECURITY.md 25).
      extra: { connectionLimit: 20, enableKeepAlive: true, keepAliveInitialDelay: 10_000 },
    };
  }

  if (config.sqlitePath !== ':memory:') mkdirSync(dirname(config.sqlitePath), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.sqlitePath,
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  };
}

/** For scripts run outside Nest: configuration from config/ and the environment. */
export function createDataSource(config: DatabaseConfig = loadAppConfig().database): DataSource {
  return new DataSource(dataSourceOptions(config));
}
