// The office's warning that next year's holidays are not entered, from the built BFF under a moved clock (libfaketime):
// none on 30 November, shown from 1 December while 2027 has no schedule, gone once the administrator enters it.
import { TEST_DB } from '../support/api-app';
import { createMysqlDatabase } from '../support/mysql';
import { type ServerProcess, startServerProcess } from '../support/server-process';

const PASSWORD = 'Demo-Passw0rd';

async function signIn(server: ServerProcess, username: string): Promise<string> {
  const response = await fetch(`${server.url}/api/staff/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  return /weimin_staff=[^;]+/.exec(response.headers.get('set-cookie') ?? '')![0];
}

async function status(server: ServerProcess, cookie: string) {
  const response = await fetch(`${server.url}/api/admin/calendar/status`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as { today: string; missingYears: number[]; warning: string | null };
}

describe(`the calendar warning on the built BFF under faketime (${TEST_DB})`, () => {
  const servers: ServerProcess[] = [];
  const drops: Array<() => Promise<void>> = [];

  /** The built BFF with its clock at `instant` (UTC), on a fresh database. */
  async function startAt(instant: string): Promise<ServerProcess> {
    const env: Record<string, string> = { SEED_DEMO: 'true', BACKGROUND_JOBS: 'false' };
    if (TEST_DB === 'mysql') {
      const database = await createMysqlDatabase();
      Object.assign(env, { DB_TYPE: 'mysql', DATABASE_URL: database.url });
      drops.push(database.drop);
    }
    const server = await startServerProcess(env, { faketime: instant });
    servers.push(server);
    return server;
  }

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await Promise.all(drops.map((drop) => drop()));
  });

  it('says nothing on 30 November (18:00 in China)', async () => {
    const server = await startAt('2026-11-30 10:00:00');
    expect(await status(server, await signIn(server, 'office.staff'))).toEqual({ today: '2026-11-30', missingYears: [], warning: null });
  });

  it('warns the office from 1 December while 2027 has no schedule, and stops once the administrator enters it', async () => {
    const server = await startAt('2026-12-01 10:00:00');
    const office = await signIn(server, 'office.staff');
    const before = await status(server, office);
    expect(before).toMatchObject({ today: '2026-12-01', missingYears: [2027] });
    expect(before.warning).toContain('2027年节假日安排尚未录入');

    const saved = await fetch(`${server.url}/api/admin/calendar/2027`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: await signIn(server, 'admin') },
      body: JSON.stringify({ holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] }),
    });
    expect(saved.status).toBe(200);
    expect(await status(server, office)).toEqual({ today: '2026-12-01', missingYears: [], warning: null });
  });
});
