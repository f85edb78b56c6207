// The 依申请公开 clock on the built BFF under a moved clock (libfaketime), across 春节 2026 with a 补正 restart
// (docs/domain.md §5): an application received on Tuesday 10 February 2026 is asked to be corrected the same day; the
// BFF is stopped and started again on the same database on Wednesday 25 February, after the holiday, when the citizen
// corrects it online, and the 20 working days start again from that day.
//
// The expected days are worked out by hand from the State Council's 2026 schedule: 春节 holidays 15–23 February,
// make-up working days Saturday 14 and Saturday 28 February.
//   received 10 Feb: 11, 12, 13, 14(Sat, worked) = 4; 24, 25, 26, 27, 28(Sat, worked) = 9; 2–6 Mar = 14;
//                    9–13 Mar = 19; 16 Mar = 20 → due 2026-03-16
//   corrected 25 Feb: 26, 27, 28(Sat, worked) = 3; 2–6 Mar = 8; 9–13 Mar = 13; 16–20 Mar = 18; 23, 24 Mar = 20
//                    → due 2026-03-24
import { disclosureRequest } from '../factories/disclosure.factory';
import { TEST_DB } from '../support/api-app';
import { requestTo } from '../support/json-request';
import { restartableServer } from '../support/restartable-server';
import type { ServerProcess } from '../support/server-process';

const PASSWORD = 'Demo-Passw0rd';

describe(`the disclosure clock across 春节 2026 with a 补正 restart, on the built BFF under faketime (${TEST_DB})`, () => {
  const servers = restartableServer({ SEED_DEMO: 'true', BACKGROUND_JOBS: 'false' });
  let server: ServerProcess;
  afterAll(() => servers.close());

  const call = (path: string, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}) => requestTo(server.url)(path, init);
  const staffCookie = async (username: string) => {
    const response = await call('/api/staff/session', { method: 'POST', json: { username, password: PASSWORD } });
    expect(response.status).toBe(200);
    return /weimin_staff=[^;]+/.exec(response.headers.get('set-cookie') ?? '')![0];
  };
  const citizenToken = async () => {
    const response = await call('/api/citizen/session/dev', { method: 'POST', json: { devUser: 'spring-festival-applicant' } });
    expect(response.status).toBe(200);
    return { authorization: `Bearer ${response.body.token as string}` };
  };

  it('is due 16 March when received on 10 February, stops for the 补正, and is due 24 March once corrected on 25 February', async () => {
    // 10:00 in China on Tuesday 10 February 2026.
    server = await servers.startAt('2026-02-10 02:00:00');
    const agencies = (await call('/api/agencies')).body as unknown as Array<{ id: number; code: string }>;
    const hrssId = agencies.find((agency) => agency.code === 'dept-hrss')!.id;
    const citizen = await citizenToken();
    const applied = await call('/api/disclosure/applications', {
      method: 'POST',
      json: disclosureRequest({ agencyId: hrssId }),
      headers: { ...citizen, 'idempotency-key': 'spring-festival-2026-application' },
    });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ receivedOn: '2026-02-10', dueOn: '2026-03-16' });
    const id = applied.body.id as number;

    const hrss = await staffCookie('hrss.staff');
    const asked = await call(`/api/admin/disclosure/applications/${id}/correction`, {
      method: 'POST',
      json: { missing: '请写明所需信息的起止年月' },
      headers: { cookie: hrss },
    });
    expect(asked.status).toBe(200);
    expect((await call(`/api/disclosure/applications/mine/${id}`, { headers: citizen })).body).toMatchObject({ status: 'correction', dueOn: null });
    // The same database, 10:00 in China on Wednesday 25 February, after the holiday.
    server = await servers.startAt('2026-02-25 02:00:00');
    const sameCitizen = await citizenToken();
    const corrected = await call(`/api/disclosure/applications/mine/${id}/correction`, {
      method: 'POST',
      json: {
        infoTitle: '2025年城乡居民养老保险基金收支情况',
        infoDescription: '请提供2025年1月至12月本市城乡居民养老保险基金的收入、支出和年末结余。',
      },
      headers: sameCitizen,
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ status: 'handling', dueOn: '2026-03-24', correction: { correctedOn: '2026-02-25' } });
    const staffView = await call(`/api/admin/disclosure/applications/${id}`, { headers: { cookie: await staffCookie('hrss.staff') } });
    expect(staffView.body).toMatchObject({ status: 'handling', dueOn: '2026-03-24' });
  });
});
