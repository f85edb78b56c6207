import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TEST_DB } from '../support/api-app';
import { createMysqlDatabase } from '../support/mysql';
import { startServerProcess } from '../support/server-process';

const CREATE_ADMIN = resolve(__dirname, '../../apps/bff/dist/staff/create-admin.js');

/** docs/security.md §12: no default admin password; the first admin comes from a command or from configuration. */
describe(`the first administrator (${TEST_DB})`, () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    // An installation without demo data: nobody can sign in yet.
    env = { SEED_DEMO: 'false', LOG_LEVEL: 'warn' };
    if (TEST_DB === 'mysql') {
      const database = await createMysqlDatabase();
      Object.assign(env, { DB_TYPE: 'mysql', DATABASE_URL: database.url });
      cleanup = database.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'weimin-admin-'));
      Object.assign(env, { DB_TYPE: 'sqlite', SQLITE_PATH: join(dir, 'weimin.sqlite') });
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterEach(() => cleanup());

  const signIn = (url: string, username: string, password: string) =>
    fetch(`${url}/api/staff/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

  it('is created by `npm run admin:create`, once, with a password read from stdin', () => {
    const run = (username: string, password: string) =>
      spawnSync(process.execPath, [CREATE_ADMIN, '--username', username], {
        env: { ...process.env, ...env },
        input: `${password}\n`,
        encoding: 'utf8',
        timeout: 30_000,
      });

    const weak = run('chief', 'password');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('密码');

    const created = run('chief', 'Chief-Passw0rd');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/administrator "chief" created/);

    const again = run('second', 'Second-Passw0rd');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists already/);
  });

  it('is created from BOOTSTRAP_ADMIN_* at start, and can sign in; nothing else can', async () => {
    const server = await startServerProcess({ ...env, BOOTSTRAP_ADMIN_USERNAME: 'root.admin', BOOTSTRAP_ADMIN_PASSWORD: 'Root-Passw0rd!' });
    try {
      expect((await signIn(server.url, 'root.admin', 'Root-Passw0rd!')).status).toBe(200);
      expect((await signIn(server.url, 'admin', 'admin')).status).toBe(401);
      expect((await signIn(server.url, 'admin', 'Demo-Passw0rd')).status).toBe(401);
      expect(server.output()).not.toContain('Root-Passw0rd!');
    } finally {
      await server.stop();
    }
  });

  it('refuses to start with a bootstrap password that breaks the policy', () => {
    const run = spawnSync(process.execPath, [resolve(__dirname, '../../apps/bff/dist/main.js')], {
      env: { ...process.env, ...env, BOOTSTRAP_ADMIN_USERNAME: 'root.admin', BOOTSTRAP_ADMIN_PASSWORD: 'admin123' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/BOOTSTRAP_ADMIN_PASSWORD: .*\(got a hidden value\)/);
    expect(run.stderr).not.toContain('admin123');
  });
});
