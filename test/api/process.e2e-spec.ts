import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { TEST_DB } from '../support/api-app';
import { createMysqlDatabase } from '../support/mysql';
import { type ServerProcess, startServerProcess } from '../support/server-process';

const MAIN = resolve(__dirname, '../../apps/bff/dist/main.js');

describe(`the built BFF as a process (${TEST_DB})`, () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DB_TYPE: 'mysql', DATABASE_URL: '' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'chatty' }, 'LOG_LEVEL'],
  ])('refuses to start on bad configuration %p, naming it', (env, name) => {
    const run = spawnSync(process.execPath, [MAIN], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^  - ${name}: `, 'm'));
  });

  describe('running', () => {
    let server: ServerProcess;
    let dropDatabase: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      const env: Record<string, string> = { LOG_LEVEL: 'info', SEED_DEMO: 'true' };
      if (TEST_DB === 'mysql') {
        const database = await createMysqlDatabase();
        Object.assign(env, { DB_TYPE: 'mysql', DATABASE_URL: database.url });
        dropDatabase = database.drop;
      }
      server = await startServerProcess(env);
    });
    afterAll(async () => {
      await server?.stop();
      await dropDatabase?.();
    });

    it('writes JSON log lines with the route pattern, never the phone or ID numbers a caller sent', async () => {
      await fetch(`${server.url}/api/agencies?kind=13812345678`);
      await fetch(`${server.url}/api/agencies/11010519491231002X`);
      await fetch(`${server.url}/api/agencies?industry=${encodeURIComponent('张三13912345678')}`);
      const session = await (
        await fetch(`${server.url}/api/citizen/session/dev`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"devUser":"log-test"}',
        })
      ).json();
      const posted = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}`, 'idempotency-key': 'log-test-key-000000001' },
        body: JSON.stringify({
          type: 'complaint',
          channel: 'mayor_mailbox',
          title: '噪音扰民投诉',
          content: '楼下工地夜间施工噪音很大，我叫张三，电话13612345678。',
          contactName: '张三',
          contactPhone: '13612345678',
          isPublic: false,
        }),
      });
      expect(posted.status).toBe(201);

      const requestLines = () =>
        server
          .output()
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line))
          .filter((entry) => entry.msg === 'request');
      // Log lines reach the pipe a little after the answers: wait for the last request's line, not a fixed pause that
      // a loaded machine outlasts.
      for (let tries = 0; tries < 100 && !requestLines().some((entry) => entry.route === '/api/messages'); tries++)
        await new Promise((r) => setTimeout(r, 100));
      const requests = requestLines();
      expect(requests.map((r) => r.route)).toEqual(expect.arrayContaining(['/api/agencies', '/api/agencies/:id']));
      expect(requests.every((r) => typeof r.reqId === 'string' && typeof r.status === 'number')).toBe(true);
      expect(server.output()).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
      expect(server.output()).not.toMatch(/(?<!\d)\d{17}[\dXx](?![\dXx])/);
      expect(server.output()).not.toContain('张三');
      expect(server.output()).not.toContain('工地');
      expect(server.output()).not.toContain(session.token);
    });

    it('serves the API on the database it was given', async () => {
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', databaseType: TEST_DB });
    });
  });
});
