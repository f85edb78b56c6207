// Issue 14, point 4 (docs/operations.md): two built BFF processes on one MariaDB database and one Redis, as behind a
// reverse proxy. What one instance counts, announces, caches or holds, the other sees: the hourly posting limit, sign-in
// throttles, staff sessions, public-read invalidations and the WeChat access_token; the scheduler and the outbox, which
// run in both, still act exactly once.
import { randomUUID } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { citizenSignIn, type CitizenSession, messageRequest, postMessage } from '../factories/message.factory';
import { publishNotice } from '../factories/notice.factory';
import { agencyIdOf, signIn } from '../factories/staff.factory';
import { DEMO_PASSWORD, type TestApp } from '../support/api-app';
import { requestTo } from '../support/json-request';
import { createMysqlDatabase } from '../support/mysql';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { until } from '../support/until';

const REDIS_URL = process.env.REDIS_URL;
const CI = process.env.CI === 'true' || process.env.CI === '1';
if (!REDIS_URL && CI) throw new Error('REDIS_URL is required under CI: test/run.mjs passes it to the api-mysql suite once Redis answers');

/** The factories' view of one instance: requests to its URL, from `forwardedFor` behind the proxy if given. */
function instance(server: ServerProcess, forwardedFor?: string): TestApp {
  return { request: requestTo(server.url, forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) } as TestApp;
}

/** A citizen signed in once, sending their bearer token to `server` from the address `ip` (behind the proxy). */
function citizenOn(server: ServerProcess, citizen: CitizenSession, ip: string): CitizenSession {
  const { request } = instance(server, ip);
  return {
    ...citizen,
    request: (path, init = {}) =>
      request(path, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${citizen.token}` } }),
  };
}

(REDIS_URL ? describe : describe.skip)('two BFF instances on one MariaDB and one Redis (docs/operations.md)', () => {
  let fake: FakeWechatServer;
  let servers: ServerProcess[] = [];
  let a: TestApp;
  let b: TestApp;
  let databaseUrl: string;
  let drop: (() => Promise<void>) | undefined;

  async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    const db = await createConnection(databaseUrl);
    try {
      const [rows] = await db.query(sql, values);
      return rows as T[];
    } finally {
      await db.end();
    }
  }

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    const database = await createMysqlDatabase();
    databaseUrl = database.url;
    drop = database.drop;
    const env = {
      DB_TYPE: 'mysql',
      DATABASE_URL: database.url,
      SEED_DEMO: 'true',
      SEED_DEMO_MESSAGES: 'false',
      REDIS_URL: REDIS_URL!,
      // One key space per run: runs and suites sharing the Redis server never meet.
      REDIS_KEY_PREFIX: `weimin-test-${process.pid}-${randomUUID().slice(0, 8)}:`,
      WECHAT_FAKE: 'false',
      WECHAT_API_BASE: fake.url,
      WECHAT_APPID: FAKE_APP_ID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_REPLY_TEMPLATE_ID: 'reply-tpl',
      CITIZEN_DEV_LOGIN: 'true',
      TRUST_PROXY: 'true',
      MESSAGE_POSTS_PER_HOUR: '3',
      SIGN_IN_ATTEMPTS_PER_ACCOUNT: '3',
      // Both instances run the outbox worker and the deadline scheduler on their timers, the scheduler every second;
      // a consultation is due the next working day, and its reminder is due at once.
      BACKGROUND_JOBS: 'true',
      SCHEDULER_INTERVAL_SECONDS: '1',
      DEADLINE_WORKDAYS_CONSULTATION: '1',
      REMINDER_WORKDAYS_BEFORE: '10',
      LOG_LEVEL: 'info',
    };
    // The second starts once the first has migrated and seeded (starting at once is test/api/concurrent-start's case).
    // Migrating and seeding MariaDB takes a while on a busy machine.
    servers.push(await startServerProcess(env, { startTimeoutMs: 150_000 }));
    servers.push(await startServerProcess(env, { startTimeoutMs: 150_000 }));
    [a, b] = servers.map((server) => instance(server));
  }, 320_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    servers = [];
    await fake?.close();
    await drop?.();
  });

  it("holds a citizen's hourly posting limit across both, and both use one WeChat access_token", async () => {
    const citizen = await citizenSignIn(instance(servers[0], '203.0.113.10'));
    const [onA, onB] = servers.map((server) => citizenOn(server, citizen, '203.0.113.10'));
    // The first post fetches the token (msgSecCheck needs one); B then takes it from Redis instead of fetching its own.
    const first = await postMessage(onA, messageRequest({ title: '小区路灯损坏何时修复（一）' }));
    expect([first.status, first.body]).toEqual([201, expect.anything()]);
    const answers = await Promise.all(
      [onB, onA, onB, onA, onB].map((session, index) => postMessage(session, messageRequest({ title: `小区路灯损坏何时修复（${index + 2}）` }))),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 429, 429, 429]);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
    const [{ n }] = await query<{ n: number }>('SELECT COUNT(*) AS n FROM message WHERE citizenId = ?', [citizen.id]);
    expect(Number(n)).toBe(3);
    expect(fake.state.tokenFetches).toBe(1);
    expect(fake.state.moderated.length).toBeGreaterThanOrEqual(3);
  });

  it('throttles sign-in attempts for one account across both', async () => {
    const attempt = (server: TestApp) =>
      server.request('/api/staff/session', { method: 'POST', json: { username: 'nobody.here', password: 'Wrong-Passw0rd' } });
    const statuses = [];
    for (const server of [a, b, a, b]) statuses.push((await attempt(server)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await attempt(a)).status).toBe(429);
  });

  it('takes a staff session made on one on the other, and a sign-out on the other ends it on the first', async () => {
    const office = await signIn(a, 'office.staff', DEMO_PASSWORD);
    const onB = await b.request('/api/staff/session', { headers: { cookie: office.cookie } });
    expect(onB.status).toBe(200);
    expect(onB.body).toMatchObject({ username: 'office.staff' });
    expect((await b.request('/api/staff/session', { method: 'DELETE', headers: { cookie: office.cookie } })).status).toBeLessThan(300);
    expect((await a.request('/api/staff/session', { headers: { cookie: office.cookie } })).status).toBe(401);
  });

  it("drops a notice withdrawn through one from the other's public reads before the withdrawal is answered", async () => {
    const water = await signIn(a, 'water.staff', DEMO_PASSWORD);
    const unitId = await agencyIdOf(a, 'pe-water-city');
    const notice = await publishNotice(water, { title: '城北片区计划停水通知' });
    const listed = async (server: TestApp) =>
      ((await server.request(`/api/agencies/${unitId}/notices`)).body.sections as Array<{ notices: Array<{ id: number }> }>).flatMap((section) =>
        section.notices.map((n) => n.id),
      );
    expect(await listed(b)).toContain(notice.id);
    expect((await b.request(`/api/notices/${notice.id}`)).status).toBe(200);

    const seenByB = servers[1].output().length;
    const withdrawn = await water.request(`/api/admin/notices/${notice.id}/withdraw`, { method: 'POST', json: { reason: '停水计划取消' } });
    expect(withdrawn.status).toBe(200);
    // B acted on A's announcement (A waits for B's confirmation before answering; B's log may reach us a moment later).
    await until('B to log the invalidation', async () => /public data changed[^\n]*"topic":"notices"/.test(servers[1].output().slice(seenByB)), 2_000);
    expect(await listed(b)).not.toContain(notice.id);
    expect((await b.request(`/api/notices/${notice.id}`)).status).toBe(404);
  });

  it('queues one reminder and sends one reply notification with both schedulers and both outbox workers running', async () => {
    const citizen = await citizenSignIn(instance(servers[1], '203.0.113.20'));
    const [office, hrss] = [await signIn(a, 'office.staff', DEMO_PASSWORD), await signIn(b, 'hrss.staff', DEMO_PASSWORD)];
    const hrssId = await agencyIdOf(a, 'dept-hrss');
    const posted = await postMessage(citizenOn(servers[1], citizen, '203.0.113.20'), messageRequest({ notifyOnReply: true }));
    expect(posted.status).toBe(201);
    const id = posted.body.id as number;
    const [{ openid }] = await query<{ openid: string }>('SELECT openid FROM citizen WHERE id = ?', [citizen.id]);
    fake.authorise(openid, 'reply-tpl');
    expect((await office.request(`/api/admin/messages/${id}/dispatch`, { method: 'POST', json: { agencyId: hrssId } })).status).toBeLessThan(300);

    // The reminder: claimed by one scheduler, delivered as one notification by one outbox worker.
    await until('the reminder notification', async () => (await query('SELECT id FROM notification WHERE messageId = ?', [id])).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // a few more rounds of both schedulers
    expect(await query('SELECT kind FROM notification WHERE messageId = ?', [id])).toEqual([{ kind: 'reminder' }]);
    expect(await query('SELECT status FROM outbox_item WHERE dedupeKey LIKE ?', [`reminder:${id}:%`])).toEqual([{ status: 'sent' }]);

    // The reply notification: one subscribe message reaches WeChat, whichever worker claimed it.
    const replied = await hrss.request(`/api/admin/messages/${id}/reply`, { method: 'POST', json: { bodyHtml: '<p>已安排维修，三日内修复。</p>' } });
    expect(replied.status).toBeLessThan(300);
    await until('the reply notification', async () => fake.state.sendRequests.some((request) => request.touser === openid), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 6_000)); // one more round of both workers (every 5 s)
    expect(fake.state.sendRequests.filter((request) => request.touser === openid)).toHaveLength(1);
    expect(fake.deliveriesTo(openid)).toBe(1);
    expect(await query("SELECT status FROM outbox_item WHERE kind = 'citizen_subscribe' AND recipientId = ?", [citizen.id])).toEqual([{ status: 'sent' }]);
  }, 60_000);
});
