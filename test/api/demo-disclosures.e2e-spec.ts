// The demo 依申请公开 applications `npm start` loads with the demo messages (SEED_DEMO_MESSAGES, issue 12 point 14):
// about forty over fourteen months in every state and outcome, worked through the disclosure services, loaded once.
import { DISCLOSURE_OUTCOMES, DisclosureStatus } from '@weimin/contracts';
import { chinaDay } from '../../apps/bff/src/calendar/working-days';
import { DEMO_DISCLOSURES } from '../../apps/bff/src/database/seeds/demo-disclosures';
import { DisclosureDemoSeeder } from '../../apps/bff/src/database/seeds/seed-demo-disclosures';
import { DisclosureApplication } from '../../apps/bff/src/disclosure/disclosure-application.entity';
import { DisclosureEvent } from '../../apps/bff/src/disclosure/disclosure-event.entity';
import { DisclosureReplyLetter } from '../../apps/bff/src/disclosure/disclosure-reply-letter.entity';
import { signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`demo disclosure applications (${TEST_DB})`, () => {
  let t: TestApp;
  let office: StaffSession;
  let demo: DisclosureApplication[];

  // The whole demo is taken through the services at start-up: on MariaDB, a busy machine takes over a minute.
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO_MESSAGES: 'true' });
    office = await signIn(t, 'office.staff');
    demo = await t.dataSource.getRepository(DisclosureApplication).find({ order: { id: 'ASC' } });
  }, 180_000);
  afterAll(() => t.close());

  it('loads about forty once; a second run adds none', async () => {
    expect(demo.map((a) => a.infoTitle).sort()).toEqual(DEMO_DISCLOSURES.map((d) => d.title).sort());
    expect(demo.length).toBeGreaterThanOrEqual(38);
    expect(await t.app.get(DisclosureDemoSeeder).seed()).toBe(0);
    expect(await t.dataSource.getRepository(DisclosureApplication).count()).toBe(demo.length);
  });

  it('covers every state and every outcome, over the last fourteen months, some received last year and answered this year', async () => {
    const states = new Set(demo.map((a) => a.status));
    const expected = Object.values(DisclosureStatus).filter((s) => s !== 'office_review');
    expect([...states].sort()).toEqual(expected.sort());
    expect(new Set(demo.map((a) => a.outcome).filter(Boolean))).toEqual(new Set(Object.keys(DISCLOSURE_OUTCOMES)));
    const today = chinaDay(new Date());
    const oldest = demo.map((a) => a.receivedOn).sort()[0];
    const months = (Date.parse(today) - Date.parse(oldest)) / (30.4 * 86_400_000);
    expect(months).toBeGreaterThan(12);
    expect(months).toBeLessThanOrEqual(14.5);

    const letters = await t.dataSource.getRepository(DisclosureReplyLetter).find();
    const crossing = letters.filter((letter) => {
      const application = demo.find((a) => a.id === letter.applicationId)!;
      return Number(application.receivedOn.slice(0, 4)) < letter.year;
    });
    expect(crossing.length).toBeGreaterThan(0);
    // Numbered per agency and year from 1 without gaps, each in the year it was sent.
    const byKey = new Map<string, number[]>();
    for (const letter of letters) byKey.set(`${letter.agencyId}:${letter.year}`, [...(byKey.get(`${letter.agencyId}:${letter.year}`) ?? []), letter.serial]);
    for (const serials of byKey.values()) expect(serials.sort((a, b) => a - b)).toEqual(serials.map((_, i) => i + 1));
    for (const letter of letters) expect(chinaDay(letter.createdAt).slice(0, 4)).toBe(String(letter.year));

    const overdue = await office.request(`/api/admin/disclosure/applications?dueBy=${today}&pageSize=100`);
    expect(overdue.body.items.some((a: { dueOn: string }) => a.dueOn < today)).toBe(true);
  });

  it('keeps each history in order, in the past, from receipt, ending in the state shown', async () => {
    const events = await t.dataSource.getRepository(DisclosureEvent).find({ order: { id: 'ASC' } });
    const now = Date.now();
    for (const application of demo) {
      const history = events.filter((e) => e.applicationId === application.id);
      expect(history[0]).toMatchObject({ action: 'register', fromStatus: null });
      expect(chinaDay(history[0].at)).toBe(application.receivedOn);
      const times = history.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThan(now);
      const lastChange = history.filter((e) => e.toStatus !== null).at(-1)!;
      expect(lastChange.toStatus).toBe(application.status);
    }
    // The staff detail of a demo reply reads like any other.
    const replied = demo.find((a) => a.status === 'replied')!;
    const detail = await office.request(`/api/admin/disclosure/applications/${replied.id}`);
    expect(detail.body).toMatchObject({ status: 'replied', reply: { letterNumber: expect.stringMatching(/〔20\d\d〕第\d+号$/) } });
  });
});
