import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/configuration';
import { loadAppConfig } from '../config/configuration';
import { ENTITIES } from './entities';
import { migrationsFor } from './migrations';

/**
 * The one description of the database, for the app, the migration generator, the seed command and the tests.
 * Schema changes always go through committed migrations, on SQLite as on MySQL (`synchronize` stays off).
 */
export function dataSourceOptions(config: DatabaseConfig, mysqlFlavour: MysqlFlavour = 'mysql'): DataSourceOptions {
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
      type: mysqlFlavour,
      ...connectionsOf(config),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      // The handshake of a new connection; the other waits are bounded by bounded-waits.ts (docs/security.md §30).
      connectTimeout: config.connectTimeoutMs,
      // Pool recovers by itself when the server goes away and comes back (docs/security.md §25).
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

/**
 * The primary alone, or the primary and its read replicas (DB_REPLICA_HOSTS, reached with the primary's user,
 * password and database). With replicas, TypeORM sends writes, transactions and everything asked of the primary
 * there, and plain reads to a replica; read-routing.ts keeps every read that may need to see its caller's own
 * write on the primary (docs/operations.md).
 */
function connectionsOf(config: DatabaseConfig): { url?: string; replication?: MysqlReplication } {
  if (!config.replicas?.length || !config.url) return { url: config.url };
  return {
    replication: {
      master: { url: config.url },
      slaves: config.replicas.map((replica) => {
        const url = new URL(config.url!);
        url.hostname = replica.host;
        url.port = String(replica.port);
        return { url: url.toString() };
      }),
      // A replica that fails is left out for a while; reads then go to the others (mysql2's pool cluster).
      removeNodeErrorCount: 5,
      restoreNodeTimeout: 10_000,
      selector: 'RR',
    },
  };
}

interface MysqlReplication {
  master: { url: string };
  slaves: Array<{ url: string }>;
  removeNodeErrorCount: number;
  restoreNodeTimeout: number;
  selector: 'RR';
}

export type MysqlFlavour = 'mysql' | 'mariadb';

/**
 * DB_TYPE=mysql serves MySQL and MariaDB alike; TypeORM must still be told which one it talks to, or it misreads
 * MariaDB's column defaults and sees schema changes that are not there. Asks the server once, at start.
 */
export async function detectMysqlFlavour(url: string): Promise<MysqlFlavour> {
  const connection = await createConnection(url);
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test((rows as Array<{ version: string }>)[0].version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

export async function resolveDataSourceOptions(config: DatabaseConfig): Promise<DataSourceOptions> {
  if (config.type !== 'mysql' || !config.url) return dataSourceOptions(config);
  return dataSourceOptions(config, await detectMysqlFlavour(config.url));
}

/** For scripts run outside Nest: configuration from config/ and the environment. */
export async function createDataSource(config: DatabaseConfig = loadAppConfig().database): Promise<DataSource> {
  return new DataSource(await resolveDataSourceOptions(config));
}
