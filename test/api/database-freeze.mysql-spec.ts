// docs/security.md §30: MariaDB stops answering without closing its connections (a frozen network path). The BFF reaches it
// through a TCP proxy the test freezes: every request is answered 503 within the configured bounds, health says the
// database is down within 5 s, and once the path thaws everything recovers by itself, losing nothing acknowledged.
import { randomUUID } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { citizenSignIn, type CitizenSession, messageRequest, postMessage } from '../factories/message.factory';
import type { TestApp } from '../support/api-app';
import { startTestAppBehindProxy, type TcpProxy } from '../support/tcp-proxy';

const RUN = randomUUID().slice(0, 8);
const CONNECT_TIMEOUT_MS = 1_000;
const QUERY_TIMEOUT_MS = 1_500;
/** The longest a request may take: a connection, then a query that does not answer, and some slack for the machine. */
const BOUND_MS = CONNECT_TIMEOUT_MS + QUERY_TIMEOUT_MS + 1_500;

async function timed<T>(work: Promise<T>): Promise<T & { ms: number }> {
  const started = Date.now();
  const result = await work;
  return { ...result, ms: Date.now() - started };
}

describe('database faults: MariaDB frozen, not gone (docs/security.md §30)', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let citizen: CitizenSession;
  let databaseUrl: string;

  beforeAll(async () => {
    ({ t, proxy, databaseUrl } = await startTestAppBehindProxy({
      MESSAGE_POSTS_PER_HOUR: '10000',
      DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      DB_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
    }));
    citizen = await citizenSignIn(t);
  });

  afterAll(async () => {
    proxy?.unfreeze();
    await t?.close();
    await proxy?.close();
  });

  it('answers 503 within the bounds while the database is frozen, and recovers by itself once it thaws', async () => {
    // Some load first, so that the pool holds open connections when the path freezes.
    const before = await Promise.all(Array.from({ length: 8 }, (_, n) => postMessage(citizen, messageRequest({ title: `冻结测试 ${RUN} 之前${n}` }))));
    expect(before.map((a) => a.status)).toEqual(Array(8).fill(201));

    proxy.freeze();
    const keys = Array.from({ length: 30 }, () => randomUUID());
    const [health, posts, reads] = await Promise.all([
      timed(t.request('/api/health')),
      Promise.all(keys.map((key, n) => timed(postMessage(citizen, messageRequest({ title: `冻结测试 ${RUN} 第${n}条` }), key)))),
      Promise.all(Array.from({ length: 10 }, () => timed(citizen.request('/api/messages/mine')))),
    ]);
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ database: 'down' });
    expect(health.ms).toBeLessThan(5_000);
    for (const answer of [...posts, ...reads]) {
      expect({ status: answer.status, code: answer.body?.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(answer.ms).toBeLessThan(BOUND_MS);
    }
    // Still frozen: a second wave is bounded too (no request waits behind the first wave's lost queries).
    const again = await timed(postMessage(citizen, messageRequest({ title: `冻结测试 ${RUN} 第二波` })));
    expect(again.status).toBe(503);
    expect(again.ms).toBeLessThan(BOUND_MS);

    proxy.unfreeze();
    let healthy = await t.request('/api/health');
    for (let i = 0; i < 50 && healthy.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      healthy = await t.request('/api/health');
    }
    expect(healthy.status).toBe(200);
    expect((await citizen.request('/api/messages/mine')).status).toBe(200);

    // Clients retry what was not acknowledged, with the same key, until it is: one message each. Thirty retries at once
    // against the bounded pool may meet a 503 for the busy pool (the bound doing its work) and are retried again.
    let unacknowledged = keys.map((key, n) => ({ key, n }));
    for (let wave = 0; wave < 5 && unacknowledged.length > 0; wave++) {
      const answers = await Promise.all(unacknowledged.map(({ key, n }) => postMessage(citizen, messageRequest({ title: `冻结测试 ${RUN} 第${n}条` }), key)));
      expect(answers.every((a) => a.status === 201 || (a.status === 503 && a.body.code === 'SERVICE_UNAVAILABLE'))).toBe(true);
      unacknowledged = unacknowledged.filter((_, i) => answers[i].status !== 201);
    }
    expect(unacknowledged).toEqual([]);

    const db = await createConnection(databaseUrl);
    try {
      const [rows] = await db.query('SELECT title FROM message WHERE title LIKE ?', [`冻结测试 ${RUN} 第%`]);
      const titles = (rows as Array<{ title: string }>).map((row) => row.title).sort();
      expect(titles).toEqual(keys.map((_, n) => `冻结测试 ${RUN} 第${n}条`).sort());
    } finally {
      await db.end();
    }
  });
});
