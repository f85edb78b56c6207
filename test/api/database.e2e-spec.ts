import { LIFE_EVENT_STAGES } from '@weimin/contracts';
import { Agency } from '../../apps/bff/src/agencies/agency.entity';
import { DemoLoader } from '../../apps/bff/src/database/seeds/demo-loader';
import { InterpretationStage } from '../../apps/bff/src/interpretations/interpretation-stage.entity';
import { Interpretation } from '../../apps/bff/src/interpretations/interpretation.entity';
import { Notice } from '../../apps/bff/src/notices/notice.entity';
import { StaffAccount } from '../../apps/bff/src/staff/staff-account.entity';
import { LifeEventStage } from '../../apps/bff/src/stages/life-event-stage.entity';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

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

    expect(await t.app.get(DemoLoader).load()).toEqual({
      stagesAdded: 0,
      agenciesAdded: 0,
      accountsAdded: 0,
      routingRulesAdded: 0,
      noticesAdded: 0,
      interpretationsAdded: 0,
    });

    expect(await agencies.count()).toBe(before);
    expect(await t.dataSource.getRepository(LifeEventStage).count()).toBe(14);
    expect((await agencies.findOneByOrFail({ code: 'dept-edu' })).description).toBe('由管理员修改过的简介');
  });

  it('seeds at least 40 interpretations over all 14 stages, some in review, published ones searchable', async () => {
    const items = await t.dataSource.getRepository(Interpretation).find();
    expect(items.length).toBeGreaterThanOrEqual(40);
    const stages = new Set((await t.dataSource.getRepository(InterpretationStage).find()).map((s) => s.stage));
    expect([...stages].sort()).toEqual(LIFE_EVENT_STAGES.map((s) => s.code).sort());
    const statuses = new Set(items.map((i) => i.status));
    expect([...statuses].sort()).toEqual(['agency_review', 'draft', 'final_review', 'office_review', 'published', 'returned']);
    for (const stage of LIFE_EVENT_STAGES) {
      const listed = await t.request(`/api/interpretations?stage=${stage.code}`);
      expect({ stage: stage.code, some: listed.body.total > 0 }).toEqual({ stage: stage.code, some: true });
    }
    const found = await t.request(`/api/interpretations/search?q=${encodeURIComponent('公积金提取')}`);
    expect(found.body.items[0].title).toBe('住房公积金提取：租房、购房、还贷怎么取');
    const yi = items.find((i) => i.title === '最低生活保障：谁能申请、怎么申请')!;
    const detail = (await t.request(`/api/interpretations/${yi.id}`)).body;
    expect(detail.languages).toEqual(['zh', 'ii']);
    expect(detail.related.length).toBeGreaterThan(0);
    expect(detail.related.every((r: { stages: string[] }) => r.stages.includes('assistance'))).toBe(true);
  });

  it('adds back only what is missing', async () => {
    const agencies = t.dataSource.getRepository(Agency);
    const cdc = await agencies.findOneByOrFail({ code: 'pe-cdc' });
    const notices = t.dataSource.getRepository(Notice);
    const cdcNotices = await notices.countBy({ agencyId: cdc.id });
    expect(cdcNotices).toBeGreaterThan(0);
    await notices.delete({ agencyId: cdc.id });
    // The account made to publish the unit's notices goes with it; it is made again, not counted as a demo account.
    const cdcStaff = t.dataSource.getRepository(StaffAccount);
    expect(await cdcStaff.findBy({ agencyId: cdc.id })).toEqual([expect.objectContaining({ username: 'demo.reply.pe-cdc' })]);
    await cdcStaff.delete({ agencyId: cdc.id });
    await agencies.delete({ code: 'pe-cdc' });
    expect(await t.app.get(DemoLoader).load()).toEqual({
      stagesAdded: 0,
      agenciesAdded: 1,
      accountsAdded: 0,
      routingRulesAdded: 0,
      noticesAdded: cdcNotices,
      interpretationsAdded: 0,
    });
    expect(await agencies.countBy({ kind: 'public_enterprise' })).toBe(25);
    // Every unit has notices, and some are stale on purpose.
    const units = await agencies.findBy({ kind: 'public_enterprise' });
    for (const unit of units) expect({ unit: unit.code, has: (await notices.countBy({ agencyId: unit.id })) > 0 }).toEqual({ unit: unit.code, has: true });
  });
});
