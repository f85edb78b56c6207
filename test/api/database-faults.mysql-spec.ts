// docs/security.md §25: MySQL goes away under load and comes back. The BFF reaches MariaDB through a TCP proxy the test cuts;
// while it is cut the BFF answers 503 (never 500), afterwards it recovers by itself, and every submission it
// acknowledged is in the database. Citizens' clients keep their Idempotency-Key until acknowledged (docs/security.md §18), so
// a retry after the outage gives each unacknowledged submission exactly one message.
import { randomUUID } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { citizenSignIn, type CitizenSession, messageRequest, postMessage } from '../factories/message.factory';
import type { TestApp } from '../support/api-app';
import { startTestAppBehindProxy, type TcpProxy } from '../support/tcp-proxy';

const RUN = randomUUID().slice(0, 8);
const POSTS = 60;
const CONCURRENCY = 6;

describe('database faults: MariaDB away under load and back (docs/security.md §25)', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let citizen: CitizenSession;
  let databaseUrl: string;

  beforeAll(async () => {
    ({ t, proxy, databaseUrl } = await startTestAppBehindProxy({ MESSAGE_POSTS_PER_HOUR: '10000' }));
    citizen = await citizenSignIn(t);
  });

  afterAll(async () => {
    proxy?.restore();
    await t?.close();
    await proxy?.close();
  });

  it('answers 503 while the database is away, recovers by itself and loses no acknowledged submission', async () => {
    const attempts: Array<{ key: string; title: string; status: number; id?: number; code?: string }> = [];
    let next = 0;
    let cutDone: Promise<void> | undefined;
    const worker = async () => {
      while (next < POSTS) {
        const n = next++;
        // A third of the way in, the database goes away for two seconds.
        if (n === Math.floor(POSTS / 3)) {
          cutDone = (async () => {
            proxy.cut();
            const down = await t.request('/api/health');
            expect(down.status).toBe(503);
            expect(down.body).toMatchObject({ database: 'down' });
            await new Promise((resolve) => setTimeout(resolve, 2_000));
            proxy.restore();
          })();
        }
        const key = randomUUID();
        const title = `断库测试 ${RUN} 第${n}条`;
        const answer = await postMessage(citizen, messageRequest({ title }), key);
        attempts.push({ key, title, status: answer.status, id: answer.body?.id, code: answer.body?.code });
        // Spread the load over before, during and after the outage (about four seconds in all).
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await cutDone;

    // Nothing but created or unavailable; and the outage was real.
    expect(attempts.filter((a) => a.status !== 201 && a.status !== 503)).toEqual([]);
    expect(attempts.filter((a) => a.status === 503).every((a) => a.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    expect(attempts.some((a) => a.status === 503)).toBe(true);
    expect(attempts.filter((a) => a.status === 201).length).toBeGreaterThan(POSTS / 3);

    // It recovers without help: health first, then new submissions.
    let health = await t.request('/api/health');
    for (let i = 0; i < 50 && health.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      health = await t.request('/api/health');
    }
    expect(health.status).toBe(200);
    expect((await postMessage(citizen, messageRequest({ title: `断库测试 ${RUN} 恢复后` }))).status).toBe(201);

    // Clients retry what was not acknowledged, with the same key: one message each, never two. A 503 may have come
    // after the commit (the connection went while the answer was read back), so a retry finds the stored one (200).
    for (const attempt of attempts.filter((a) => a.status !== 201)) {
      const retried = await postMessage(citizen, messageRequest({ title: attempt.title }), attempt.key);
      expect([200, 201]).toContain(retried.status);
      attempt.id = retried.body.id;
    }

    // Straight to MariaDB, not through the proxy: every acknowledged message is there, once.
    const db = await createConnection(databaseUrl);
    try {
      const [rows] = await db.query('SELECT id, title FROM message WHERE title LIKE ?', [`断库测试 ${RUN} 第%`]);
      const stored = new Map((rows as Array<{ id: number; title: string }>).map((row) => [row.id, row.title]));
      expect(stored.size).toBe(POSTS);
      for (const attempt of attempts) expect(stored.get(attempt.id!)).toBe(attempt.title);
    } finally {
      await db.end();
    }
  });
});
