import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_DB } from './api-app';
import { createMysqlDatabase } from './mysql';
import { type ServerProcess, startServerProcess } from './server-process';

export interface RestartableServer {
  /** Stops the running BFF, if any, and starts it again on the same database with its clock at `instant` (UTC). */
  startAt: (instant: string) => Promise<ServerProcess>;
  /** Stops the BFF and drops its database. */
  close: () => Promise<void>;
}

/**
 * The built BFF on one database of the suite's kind (WEIMIN_TEST_DB) that outlives it: a test stops it and starts it
 * again on a later day under libfaketime, as an office's server is restarted, and looks at what the days between did.
 */
export function restartableServer(env: Record<string, string>): RestartableServer {
  const dataDir = mkdtempSync(join(tmpdir(), 'weimin-restartable-'));
  const serverEnv = { ...env, SQLITE_PATH: join(dataDir, 'weimin.sqlite') };
  let database: Awaited<ReturnType<typeof createMysqlDatabase>> | undefined;
  let server: ServerProcess | undefined;
  return {
    startAt: async (instant) => {
      await server?.stop();
      if (TEST_DB === 'mysql' && !database) {
        database = await createMysqlDatabase();
        Object.assign(serverEnv, { DB_TYPE: 'mysql', DATABASE_URL: database.url });
      }
      server = await startServerProcess(serverEnv, { faketime: instant });
      return server;
    },
    close: async () => {
      await server?.stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
