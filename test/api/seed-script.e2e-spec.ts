// `npm run seed` (the built apps/bff/dist/database/seed.js) loads the demo city with its demo accounts, `admin` among
// them: never into a production database or one configured without demo data unless explicitly forced.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { loadAppConfig } from '../../apps/bff/src/config/configuration';
import { createDataSource } from '../../apps/bff/src/database/data-source';
import { DEMO_DISCLOSURES } from '../../apps/bff/src/database/seeds/demo-disclosures';
import { DEMO_INTERPRETATIONS } from '../../apps/bff/src/database/seeds/demo-interpretations';
import { DEMO_MESSAGES } from '../../apps/bff/src/database/seeds/demo-messages';
import { DEMO_NOTICES } from '../../apps/bff/src/database/seeds/demo-notices';
import { DEMO_SOLICITATIONS } from '../../apps/bff/src/database/seeds/demo-solicitations';
import { DEMO_INTERVIEWS } from '../../apps/bff/src/database/seeds/seed-demo-interviews';
import { TEST_DB } from '../support/api-app';
import { createMysqlDatabase } from '../support/mysql';

const SEED = resolve(__dirname, '../../apps/bff/dist/database/seed.js');
/** What a production installation must set besides the database (apps/bff/src/config/environment.ts). */
const PRODUCTION = {
  NODE_ENV: 'production',
  SEED_DEMO: 'false',
  CITIZEN_DEV_LOGIN: 'false',
  WECHAT_FAKE: 'false',
  CONTACT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
};

describe(`npm run seed (${TEST_DB})`, () => {
  let database: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    if (TEST_DB === 'mysql') {
      const created = await createMysqlDatabase();
      database = { DB_TYPE: 'mysql', DATABASE_URL: created.url };
      cleanup = created.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'weimin-seed-'));
      database = { DB_TYPE: 'sqlite', SQLITE_PATH: join(dir, 'weimin.sqlite') };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterEach(() => cleanup());

  const seed = (env: Record<string, string>, ...args: string[]) =>
    spawnSync(process.execPath, [SEED, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', SEED_DEMO_MESSAGES: 'false', DEMO_STAFF_PASSWORD: 'Demo-Passw0rd', ...database, ...env },
      encoding: 'utf8',
      timeout: 240_000,
    });

  /** The rows of `sql` in the database, or [] when it has no tables yet (nothing was ever written). */
  const rows = async <T>(sql: string): Promise<T[]> => {
    const dataSource: DataSource = await createDataSource(loadAppConfig({ NODE_ENV: 'test', ...database }).database);
    await dataSource.initialize();
    try {
      if (!(await dataSource.createQueryRunner().hasTable('staff_account'))) return [];
      return await dataSource.query(sql);
    } finally {
      await dataSource.destroy();
    }
  };
  const usernames = async (): Promise<string[]> => (await rows<{ username: string }>('SELECT username FROM staff_account')).map((row) => row.username);

  it('refuses under NODE_ENV=production, says why and how to force it, exits non-zero and writes nothing', async () => {
    const run = seed(PRODUCTION);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refused because NODE_ENV=production');
    expect(run.stderr).toContain('npm run seed -- --force-demo');
    expect(await usernames()).toEqual([]);
  });

  it('refuses with SEED_DEMO=false in any environment', async () => {
    const run = seed({ SEED_DEMO: 'false' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refused because SEED_DEMO=false');
    expect(await usernames()).toEqual([]);
  });

  it('loads the demo when forced, saying so, and wherever demo data is configured', async () => {
    const forced = seed(PRODUCTION, '--force-demo');
    expect({ status: forced.status, stderr: forced.stderr }).toEqual({ status: 0, stderr: expect.stringContaining('loading the demo city anyway') });
    expect(await usernames()).toContain('admin');

    const development = seed({ SEED_DEMO: 'true' });
    expect({ status: development.status, stderr: development.stderr }).toEqual({ status: 0, stderr: '' });
    expect(development.stdout).toMatch(/ 0 accounts,/);
  });

  it('loads the same demo as the start-up, messages and 依申请公开 applications through their services too (SEED_DEMO_MESSAGES)', async () => {
    const run = seed({ SEED_DEMO: 'true', SEED_DEMO_MESSAGES: 'true' });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain(`${Object.values(DEMO_NOTICES).flat().length} notices and ${DEMO_INTERPRETATIONS.length} interpretations added`);
    expect(run.stdout).toContain(
      `demo messages: ${DEMO_MESSAGES.length} messages, ${DEMO_DISCLOSURES.length} 依申请公开 applications, ${DEMO_SOLICITATIONS.length} 意见征集 and ${DEMO_INTERVIEWS.length} 在线访谈 added`,
    );
    // Histories as the services write them: every demo notice and interpretation has its author.
    expect(await rows('SELECT id FROM notice WHERE authorId IS NULL')).toEqual([]);
    expect(await rows('SELECT id FROM interpretation_event WHERE actorId IS NULL')).toEqual([]);
    // Besides the ended demo interview's follow-up messages (interviewId set).
    expect((await rows('SELECT id FROM message WHERE interviewId IS NULL')).length).toBe(DEMO_MESSAGES.length);

    const again = seed({ SEED_DEMO: 'true', SEED_DEMO_MESSAGES: 'true' });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 notices and 0 interpretations added');
    expect(again.stdout).toContain('demo messages: 0 messages, 0 依申请公开 applications, 0 意见征集 and 0 在线访谈 added');
  }, 600_000);
});
