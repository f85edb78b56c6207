// docs/security.md §32: any number of BFF instances may start at the same moment on an empty MariaDB database. Each
// case starts two built BFF processes at once: both come up, and migrations, reference data, demo data and the
// first administrator each exist once.
import { LIFE_EVENT_STAGES } from '@weimin/contracts';
import { createConnection } from 'mysql2/promise';
import { STARTUP_LOCK_NAME_SQL } from '../../apps/bff/src/database/database-bootstrap.service';
import { migrationsFor } from '../../apps/bff/src/database/migrations';
import { DEMO_ACCOUNTS } from '../../apps/bff/src/database/seeds/demo-accounts';
import { DEMO_AGENCIES } from '../../apps/bff/src/database/seeds/demo-city';
import { DEMO_MESSAGES } from '../../apps/bff/src/database/seeds/demo-messages';
import { DEMO_NOTICES } from '../../apps/bff/src/database/seeds/demo-notices';
import { DEMO_ROUTING_RULES } from '../../apps/bff/src/database/seeds/demo-routing-rules';
import { createMysqlDatabase } from '../support/mysql';
import { type ServerProcess, startServerProcess } from '../support/server-process';

async function countsIn(url: string): Promise<Record<string, number>> {
  const db = await createConnection(url);
  try {
    const counts: Record<string, number> = {};
    for (const [name, sql] of Object.entries({
      migrations: 'SELECT COUNT(*) AS n FROM migrations',
      stages: 'SELECT COUNT(*) AS n FROM life_event_stage',
      offices: "SELECT COUNT(*) AS n FROM agency WHERE kind = 'office'",
      agencies: 'SELECT COUNT(*) AS n FROM agency',
      accounts: 'SELECT COUNT(*) AS n FROM staff_account',
      demoAccounts: `SELECT COUNT(*) AS n FROM staff_account WHERE username IN (${DEMO_ACCOUNTS.map((a) => `'${a.username}'`).join(', ')})`,
      notices: 'SELECT COUNT(*) AS n FROM notice',
      admins: "SELECT COUNT(*) AS n FROM staff_account WHERE roles LIKE '%admin%'",
      routingRules: 'SELECT COUNT(*) AS n FROM routing_rule',
      // The demo messages; the ended demo interview's follow-up messages (interviewId set) come on top.
      messages: 'SELECT COUNT(*) AS n FROM message WHERE interviewId IS NULL',
    })) {
      const [rows] = await db.query(sql);
      counts[name] = Number((rows as Array<{ n: number }>)[0].n);
    }
    return counts;
  } finally {
    await db.end();
  }
}

describe('two instances starting at once on an empty MariaDB database (docs/security.md §32)', () => {
  let servers: ServerProcess[] = [];
  let drop: (() => Promise<void>) | undefined;

  afterEach(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    servers = [];
    await drop?.();
  });

  async function startTwo(env: Record<string, string>): Promise<string> {
    const database = await createMysqlDatabase();
    drop = database.drop;
    const common = { DB_TYPE: 'mysql', DATABASE_URL: database.url, WECHAT_FAKE: 'false', ...env };
    const started = await Promise.allSettled([startServerProcess(common), startServerProcess(common)]);
    servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    expect(started.map((result) => (result.status === 'rejected' ? String(result.reason).slice(0, 2000) : 'up'))).toEqual(['up', 'up']);
    return database.url;
  }

  it('both come up without demo data; reference data and the first administrator exist once', async () => {
    const url = await startTwo({ SEED_DEMO: 'false', BOOTSTRAP_ADMIN_USERNAME: 'chief', BOOTSTRAP_ADMIN_PASSWORD: 'Chief-Passw0rd!' });
    for (const server of servers) expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(await countsIn(url)).toMatchObject({
      migrations: migrationsFor('mysql').length,
      stages: LIFE_EVENT_STAGES.length,
      offices: 1,
      agencies: 1,
      accounts: 1,
      admins: 1,
      messages: 0,
    });
  }, 120_000);

  it('both come up with the demo city; it exists once', async () => {
    const url = await startTwo({ SEED_DEMO: 'true', SEED_DEMO_MESSAGES: 'true' });
    for (const server of servers) expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(await countsIn(url)).toMatchObject({
      migrations: migrationsFor('mysql').length,
      stages: LIFE_EVENT_STAGES.length,
      offices: 1,
      agencies: DEMO_AGENCIES.length,
      demoAccounts: DEMO_ACCOUNTS.length,
      notices: Object.values(DEMO_NOTICES).flat().length,
      routingRules: DEMO_ROUTING_RULES.length,
      messages: DEMO_MESSAGES.length,
    });
  }, 180_000);

  it('an instance holding the start-up lock of one database does not hold back a start on another database of the same server', async () => {
    const other = await createMysqlDatabase();
    const holder = await createConnection(other.url);
    try {
      const [rows] = await holder.query(`SELECT GET_LOCK(${STARTUP_LOCK_NAME_SQL}, 0) AS locked`);
      expect(Number((rows as Array<{ locked: number }>)[0].locked)).toBe(1);
      const database = await createMysqlDatabase();
      drop = database.drop;
      const started = await startServerProcess({ DB_TYPE: 'mysql', DATABASE_URL: database.url, WECHAT_FAKE: 'false', SEED_DEMO: 'false' });
      servers = [started];
      expect((await fetch(`${started.url}/api/health`)).status).toBe(200);
    } finally {
      await holder.end();
      await other.drop();
    }
  }, 120_000);
});
