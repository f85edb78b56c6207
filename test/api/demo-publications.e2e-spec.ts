// The demo notices and interpretations (issue 11, point 7) are taken through the console's own services, each step at
// its past moment and signed by a staff account of the right agency and role: what the API would have written, audit
// rows included, not rows written by hand.
import { AuditAction, REVIEW_LEVELS } from '@weimin/contracts';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { DEMO_INTERPRETATIONS } from '../../apps/bff/src/database/seeds/demo-interpretations';
import { DEMO_NOTICES } from '../../apps/bff/src/database/seeds/demo-notices';
import { InterpretationEvent } from '../../apps/bff/src/interpretations/interpretation-event.entity';
import { Interpretation } from '../../apps/bff/src/interpretations/interpretation.entity';
import { Notice } from '../../apps/bff/src/notices/notice.entity';
import { StaffAccount } from '../../apps/bff/src/staff/staff-account.entity';
import { signIn } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`demo notices and interpretations go through the services (${TEST_DB})`, () => {
  let t: TestApp;
  let staff: Map<number, StaffAccount>;
  let audit: AuditLog[];

  beforeAll(async () => {
    t = await startTestApp();
    staff = new Map((await t.dataSource.getRepository(StaffAccount).find()).map((a) => [a.id, a]));
    audit = await t.dataSource.getRepository(AuditLog).find();
  });
  afterAll(() => t.close());

  const audited = (action: AuditAction, objectId: number) => audit.filter((row) => row.action === action && row.objectId === String(objectId));

  it('publishes every demo notice as a staff member of its unit, in the past, with its audit row', async () => {
    const notices = await t.dataSource.getRepository(Notice).find();
    expect(notices).toHaveLength(Object.values(DEMO_NOTICES).flat().length);
    const now = Date.now();
    for (const notice of notices) {
      const author = staff.get(notice.authorId!);
      expect({ title: notice.title, unit: author?.agencyId, roles: author?.roles }).toEqual({
        title: notice.title,
        unit: notice.agencyId,
        roles: expect.arrayContaining(['agency_staff']),
      });
      expect(notice.updatedBy).toBe(notice.authorId);
      expect(notice.publishedAt!.getTime()).toBeLessThan(now);
      expect(audited(AuditAction.NoticePublished, notice.id)).toEqual([expect.objectContaining({ actorType: 'staff', actorId: notice.authorId })]);
    }
    // A unit with demo staff publishes as them.
    const water = await t.dataSource.getRepository(StaffAccount).findOneByOrFail({ username: 'water.staff' });
    expect(notices.filter((n) => n.agencyId === water.agencyId).every((n) => n.authorId === water.id)).toBe(true);
  });

  it("takes every demo interpretation from draft through each review level, signed by the level's reviewer", async () => {
    const items = await t.dataSource.getRepository(Interpretation).find();
    const events = await t.dataSource.getRepository(InterpretationEvent).find({ order: { id: 'ASC' } });
    expect(items.map((i) => i.title).sort()).toEqual(DEMO_INTERPRETATIONS.map((seed) => seed.title).sort());
    const now = Date.now();
    for (const item of items) {
      const history = events.filter((e) => e.interpretationId === item.id);
      const author = staff.get(item.authorId!)!;
      expect({ title: item.title, agency: author.agencyId, drafter: author.roles.includes('agency_staff') }).toEqual({
        title: item.title,
        agency: item.agencyId,
        drafter: true,
      });
      expect(history[0]).toMatchObject({ action: 'create', actorId: author.id, actorRole: 'agency_staff', toStatus: 'draft' });
      expect(history.at(-1)!.toStatus).toBe(item.status);
      const times = history.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThan(now);
      for (const [index, event] of history.entries()) {
        if (index > 0) expect(event.fromStatus).toBe(history[index - 1].toStatus);
        if (event.level === null) continue;
        const reviewer = staff.get(event.actorId!)!;
        // 部门初审 by the head of the drafting agency, then the office's staff and head; never the author.
        expect({ level: event.level, role: event.actorRole, holds: reviewer.roles.includes(REVIEW_LEVELS[event.level - 1].role) }).toEqual({
          level: event.level,
          role: REVIEW_LEVELS[event.level - 1].role,
          holds: true,
        });
        if (event.level === 1) expect(reviewer.agencyId).toBe(item.agencyId);
        expect(reviewer.id).not.toBe(item.authorId);
      }
      expect(audited(AuditAction.InterpretationCreated, item.id)).toHaveLength(1);
      if (item.status === 'published') {
        expect(history.map((e) => e.action)).toEqual(['create', 'submit', 'approve', 'approve', 'approve']);
        expect(item.publishedAt!.getTime()).toBe(history.at(-1)!.at.getTime());
        expect(audited(AuditAction.InterpretationPublished, item.id)).toHaveLength(1);
      }
      if (item.status === 'returned') expect(history.at(-1)).toMatchObject({ action: 'return', level: 1, comment: expect.any(String) });
    }
  });

  it("shows a demo interpretation's history in the console with every actor named", async () => {
    const office = await signIn(t, 'office.staff');
    const item = await t.dataSource.getRepository(Interpretation).findOneByOrFail({ title: '最低生活保障：谁能申请、怎么申请' });
    const detail = await office.request(`/api/admin/interpretations/${item.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.events.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'approve', 'approve', 'approve']);
    expect(detail.body.events.every((e: { actorName: string | null }) => e.actorName !== null)).toBe(true);
    expect(detail.body.variants.map((v: { language: string }) => v.language)).toEqual(['ii']);
  });
});
