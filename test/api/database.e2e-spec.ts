import { Agency } from '../../apps/bff/src/agencies/agency.entity';
import { seedDemoData } from '../../apps/bff/src/database/seeds/seed.service';
import { Notice } from '../../apps/bff/src/notices/notice.entity';
import { LifeEventStage } from '../../apps/bff/src/stages/life-event-stage.entity';
import { startTestApp, TEST_DB, TestApp } from '../support/api-app';

describe(`schema and demo data (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has applied every committed migration, and they leave no pending entity change', async () => {
    expect(await t.dataSource.showMigrations()).toBe(false);
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('seeds idempotently: a second run adds nothing and keeps edits made since', async () => {
    const agencies = t.dataSource.getRepository(Agency);
    const before = await agencies.count();
    await agencies.update({ code: 'dept-edu' }, { description: '由管理员修改过的简介' });

    expect(await seedDemoData(t.dataSource)).toEqual({ stagesAdded: 0, agenciesAdded: 0, accountsAdded: 0, routingRulesAdded: 0, noticesAdded: 0 });

    expect(await agencies.count()).toBe(before);
    expect(await t.dataSource.getRepository(LifeEventStage).count()).toBe(14);
    expect((await agencies.findOneByOrFail({ code: 'dept-edu' })).description).toBe('由管理员修改过的简介');
  });

  it('adds back only what is missing', async () => {
    const agencies = t.dataSource.getRepository(Agency);
    const cdc = await agencies.findOneByOrFail({ code: 'pe-cdc' });
    const notices = t.dataSource.getRepository(Notice);
    const cdcNotices = await notices.countBy({ agencyId: cdc.id });
    expect(cdcNotices).toBeGreaterThan(0);
    await notices.delete({ agencyId: cdc.id });
    await agencies.delete({ code: 'pe-cdc' });
    expect(await seedDemoData(t.dataSource)).toEqual({ stagesAdded: 0, agenciesAdded: 1, accountsAdded: 0, routingRulesAdded: 0, noticesAdded: cdcNotices });
    expect(await agencies.countBy({ kind: 'public_enterprise' })).toBe(25);
    // Every unit has notices, and some are stale on purpose.
    const units = await agencies.findBy({ kind: 'public_enterprise' });
    for (const unit of units) expect({ unit: unit.code, has: (await notices.countBy({ agencyId: unit.id })) > 0 }).toEqual({ unit: unit.code, has: true });
  });
});
