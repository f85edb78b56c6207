// Reference data every installation needs comes with the start-up, not with the demo city (issue 11, point 7): a
// production start without demo data has the 14 life-event stages and the office, and a second start adds nothing.
import { LIFE_EVENT_STAGES } from '@weimin/contracts';
import { Agency } from '../../apps/bff/src/agencies/agency.entity';
import { ensureReferenceData } from '../../apps/bff/src/database/reference/reference-data';
import { StaffAccount } from '../../apps/bff/src/staff/staff-account.entity';
import { startTestApp, type TestApp } from '../support/api-app';

describe('reference data at start-up', () => {
  let t: TestApp;

  beforeAll(async () => {
    // What production accepts: no demo, no development login, no fake WeChat, a key of its own.
    t = await startTestApp({
      NODE_ENV: 'production',
      SEED_DEMO: 'false',
      SEED_DEMO_MESSAGES: 'false',
      CITIZEN_DEV_LOGIN: 'false',
      WECHAT_FAKE: 'false',
      CONTACT_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      // The tests' 1 MiB is refused outside NODE_ENV=test: production's own cost (config/default.env).
      PASSWORD_HASH_MEMORY_KIB: '65536',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a production start without demo data has the 14 stages and the office, and nothing of the demo', async () => {
    const stages = await t.request('/api/stages');
    expect(stages.status).toBe(200);
    expect(stages.body.map((stage: { code: string }) => stage.code).sort()).toEqual(LIFE_EVENT_STAGES.map((stage) => stage.code).sort());
    expect(stages.body.every((stage: { description: string }) => stage.description.length > 0)).toBe(true);

    const agencies = await t.dataSource.getRepository(Agency).find();
    expect(agencies.map(({ code, kind }) => ({ code, kind }))).toEqual([{ code: 'office', kind: 'office' }]);
    expect(await t.dataSource.getRepository(StaffAccount).count()).toBe(0);
  });

  it('is added once: running it again adds nothing and keeps what the admin renamed', async () => {
    await t.dataSource.getRepository(Agency).update({ kind: 'office' }, { name: '临溪市政务公开办' });
    expect(await t.dataSource.transaction((manager) => ensureReferenceData(manager))).toEqual({ stagesAdded: 0, officeAdded: false });
    expect((await t.dataSource.getRepository(Agency).findOneByOrFail({ kind: 'office' })).name).toBe('临溪市政务公开办');
  });
});
