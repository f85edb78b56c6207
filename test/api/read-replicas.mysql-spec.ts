// docs/operations.md, "MySQL primary and read replicas": a built BFF with DB_REPLICA_HOSTS. Its "replica" is the same
// MariaDB reached through a TCP proxy, so the test sees which requests read there: anonymous public reads do; a
// signed-in caller's reads and every write go to the primary, so a citizen always finds their own message; a replica
// that goes away leaves the public reads on the primary.
import { citizenSignIn, messageRequest, postMessage } from '../factories/message.factory';
import type { TestApp } from '../support/api-app';
import { requestTo } from '../support/json-request';
import { createMysqlDatabase, MYSQL_ADMIN_URL } from '../support/mysql';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

describe('a MySQL read replica (docs/operations.md)', () => {
  let server: ServerProcess;
  let replica: TcpProxy;
  let t: TestApp;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const admin = new URL(MYSQL_ADMIN_URL);
    replica = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 3306) });
    const database = await createMysqlDatabase();
    drop = database.drop;
    server = await startServerProcess(
      { DB_TYPE: 'mysql', DATABASE_URL: database.url, DB_REPLICA_HOSTS: `127.0.0.1:${replica.port}`, WECHAT_FAKE: 'false', BACKGROUND_JOBS: 'false' },
      { startTimeoutMs: 150_000 },
    );
    t = { request: requestTo(server.url) } as TestApp;
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await replica?.close();
    await drop?.();
  });

  it("reads anonymous public reads from the replica, and a citizen's own reads and writes from the primary", async () => {
    const citizen = await citizenSignIn(t);
    const before = replica.bytesIn();
    const posted = await postMessage(citizen, messageRequest());
    expect(posted.status).toBe(201);
    const mine = await citizen.request('/api/messages/mine');
    expect(mine.status).toBe(200);
    expect(JSON.stringify(mine.body)).toContain(posted.body.caseNo);
    expect((await citizen.request('/api/stages')).status).toBe(200);
    expect(replica.bytesIn()).toBe(before);

    // A path nobody has read yet: the public-read cache would answer /api/stages without asking any database.
    expect((await t.request('/api/agencies')).status).toBe(200);
    expect(replica.bytesIn()).toBeGreaterThan(before);
  });

  it('serves the public reads from the primary while the replica is away', async () => {
    replica.cut();
    try {
      for (let i = 0; i < 8; i += 1) expect((await t.request('/api/stages')).status).toBe(200);
    } finally {
      replica.restore();
    }
  });
});
