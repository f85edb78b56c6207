import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/bff/src/app.factory';
import { type AppConfig, loadAppConfig } from '../../apps/bff/src/config/configuration';
import { copyTemplate, templateFor } from './database-template';
import { requestTo } from './json-request';
import { createMysqlDatabase } from './mysql';

export type TestDatabase = 'sqlite' | 'mysql';
/** Password of the demo staff accounts in tests (see apps/bff/src/database/seeds/demo-accounts.ts). */
export const DEMO_PASSWORD = 'Demo-Passw0rd';
export const TEST_DB: TestDatabase = process.env.WEIMIN_TEST_DB === 'mysql' ? 'mysql' : 'sqlite';

export interface TestApp {
  url: string;
  app: NestFastifyApplication;
  dataSource: DataSource;
  /** fetch against the app, JSON in and out. */
  request: (path: string, init?: RequestInit & { json?: unknown }) => Promise<TestResponse>;
  /** Where its data is: the SQLite file or the MariaDB database's name. */
  database: { kind: 'sqlite'; file: string } | { kind: 'mysql'; database: string };
  close: () => Promise<void>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any;
}

/**
 * The whole BFF on a fresh database of the suite's kind (WEIMIN_TEST_DB), listening on a free port: a copy of the run's
 * migrated demo city (test/support/database-template.ts) unless `env` changes what start-up loads, or `fresh` asks for
 * an empty database. `env` overrides configuration the way the process environment would; `databaseUrl` may reroute
 * the BFF's MySQL connection (through a proxy a test can cut); `config` may change what no variable sets (e.g. the
 * front ends' folders); `keepDatabase` leaves the database behind when the app closes.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { databaseUrl?: (url: string) => string; config?: (config: AppConfig) => AppConfig; fresh?: boolean; keepDatabase?: boolean } = {},
): Promise<TestApp> {
  const tempDir = mkdtempSync(join(tmpdir(), 'weimin-api-'));
  const mysql = TEST_DB === 'mysql' ? await createMysqlDatabase() : undefined;
  const sqlitePath = join(tempDir, 'test.sqlite');
  const template = options.fresh ? undefined : templateFor(env);
  if (template) await copyTemplate(template, mysql ? mysql.name : sqlitePath);
  const config = loadAppConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'true',
    // Tests build the messages they count; a test of the demo messages turns them on.
    SEED_DEMO_MESSAGES: 'false',
    DB_TYPE: TEST_DB,
    SQLITE_PATH: sqlitePath,
    PHOTO_STORAGE_DIR: join(tempDir, 'photos'),
    DATABASE_URL: mysql ? (options.databaseUrl?.(mysql.url) ?? mysql.url) : '',
    DEMO_STAFF_PASSWORD: DEMO_PASSWORD,
    // Tests run the outbox worker and the scheduler by hand, and bring their own fake WeChat when they need one.
    BACKGROUND_JOBS: 'false',
    WECHAT_FAKE: 'false',
    CITIZEN_DEV_LOGIN: 'true',
    // Every suite signs in from 127.0.0.1, failures included; test/api/sign-in-throttle.e2e-spec.ts sets the limits it tests.
    SIGN_IN_FAILURES_PER_ADDRESS: '10000',
    // argon2id at 1 MiB: the suites sign in hundreds of times (config/default.env PASSWORD_HASH_MEMORY_KIB).
    PASSWORD_HASH_MEMORY_KIB: '1024',
    ...env,
  });
  const app = await createApp(options.config?.(config) ?? config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const request = requestTo(url);

  return {
    url,
    app,
    dataSource: app.get(DataSource),
    request,
    database: mysql ? { kind: 'mysql', database: mysql.name } : { kind: 'sqlite', file: sqlitePath },
    close: async () => {
      await app.close();
      if (options.keepDatabase) return;
      await mysql?.drop();
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
