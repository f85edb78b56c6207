import type { CreateMessageRequest } from '@weimin/contracts';
import type { StaffCaller } from '../../apps/bff/src/auth/staff-principal';
import { WorkingCalendar } from '../../apps/bff/src/calendar/working-days';
import type { CitizenCaller } from '../../apps/bff/src/citizens/citizen-principal';
import { MemoryRateLimitStore } from '../../apps/bff/src/common/http/rate-limiter';
import { Segmenter } from '../../apps/bff/src/common/text/segmenter';
import { MessageDeadlines } from '../../apps/bff/src/messages/message-deadlines';
import { MessagesAdminService } from '../../apps/bff/src/messages/messages-admin.service';
import { MessagesService } from '../../apps/bff/src/messages/messages.service';
import type { ModerationService } from '../../apps/bff/src/messages/moderation.service';
import { MessageRouter } from '../../apps/bff/src/routing/message-router';
import { RoutingRulesService } from '../../apps/bff/src/routing/routing-rules.service';
import { DEADLINE_RULES, fakeConfig, workflowFor } from '../support/in-memory/collaborators';
import { InMemoryData, inMemoryMessageStore, inMemoryRoutingStore } from '../support/in-memory/message-store';

// Service tier (issue 11): routing and deadlines as MessagesService and MessagesAdminService apply them, on in-memory
// repositories (test/api/messages-*.e2e-spec.ts and message-routing.e2e-spec.ts cover the same over HTTP and SQL).
const OFFICE = 1;
const HRSS = 20;
const FUND = 30;
const CLOSED_AGENCY = 40;
const deadlines = new MessageDeadlines(WorkingCalendar.fromConfig(), DEADLINE_RULES);
const segmenter = new Segmenter();
const citizen: CitizenCaller = { id: 5, openid: 'openid-5', ip: '10.0.0.5', traceId: null };
const staff = (id: number, agencyId: number, role: StaffCaller['roles'][number]): StaffCaller => ({
  id,
  agencyId,
  agencyKind: agencyId === OFFICE ? 'office' : 'department',
  roles: [role],
  sessionTokenHash: 'h',
  ip: null,
  traceId: null,
});
const officeStaff = staff(1, OFFICE, 'office_staff');
const officeHead = staff(2, OFFICE, 'office_head');
const hrssStaff = staff(3, HRSS, 'agency_staff');

function setUp(verdict: 'pass' | 'review' = 'pass') {
  const data = new InMemoryData();
  data.agencies.push(
    { id: OFFICE, name: '政务公开办', kind: 'office', active: true },
    { id: HRSS, name: '人社局', kind: 'department', active: true },
    { id: FUND, name: '公积金中心', kind: 'department', active: true },
    { id: CLOSED_AGENCY, name: '已撤销单位', kind: 'department', active: false },
  );
  data.citizens.push({ id: citizen.id, openid: citizen.openid, phoneEncrypted: null });
  data.rules.push(
    { id: 1, keyword: '公积金', agencyId: FUND, priority: 0, active: true, createdAt: new Date() },
    { id: 2, keyword: '路灯', agencyId: CLOSED_AGENCY, priority: 0, active: true, createdAt: new Date() },
    { id: 3, keyword: '社保', agencyId: HRSS, priority: 0, active: false, createdAt: new Date() },
  );
  const store = inMemoryMessageStore(data);
  const workflow = workflowFor();
  const router = new MessageRouter(segmenter);
  const moderation = { check: async () => verdict } as unknown as ModerationService;
  const config = fakeConfig({ 'citizens.contactKey': Buffer.alloc(32, 7), 'citizens.postsPerHour': 100 });
  const messages = new MessagesService(store, workflow, moderation, router, segmenter, config, new MemoryRateLimitStore());
  // No photo's bytes are read here (test/api/message-photos.e2e-spec.ts reads them).
  const noImages = { put: async () => undefined, get: async () => null, delete: async () => undefined };
  const admin = new MessagesAdminService(store, workflow, messages, router, noImages);
  return { data, messages, admin };
}

let keys = 0;
const submit = (service: MessagesService, request: Partial<CreateMessageRequest>) =>
  service.submit(citizen, `service-spec-key-${String(++keys).padStart(4, '0')}`, {
    type: 'consultation',
    channel: 'mayor_mailbox',
    title: '咨询',
    content: '请问如何办理',
    contactName: '张三',
    contactPhone: '13800000000',
    isPublic: false,
    ...request,
  });

describe('MessagesService and MessagesAdminService (service tier, in-memory repositories)', () => {
  describe('routing on submission', () => {
    it('sends a message to the agency of the keyword rule it matches, with the rule in its history', async () => {
      const { data, messages } = setUp();
      const { created, view } = await submit(messages, { title: '公积金提取', content: '离职后怎么提取住房公积金' });
      expect(created).toBe(true);
      expect(data.messages[0]).toMatchObject({ id: view.id, status: 'assigned', assignedAgencyId: FUND, routedBy: 'rule' });
      expect(data.events.map((e) => [e.action, e.toStatus, e.reason])).toEqual([
        ['submit', 'submitted', null],
        ['dispatch', 'assigned', '派单规则：公积金'],
      ]);
    });

    it('ignores rules of a disabled agency and disabled rules: the message waits for the office', async () => {
      const { data, messages } = setUp();
      await submit(messages, { title: '路灯坏了', content: '小区路灯坏了，社保的事另说' });
      expect(data.messages[0]).toMatchObject({ status: 'submitted', assignedAgencyId: null, dueAt: null });
    });

    it('sends a message addressed to an agency to that agency, whatever the rules say', async () => {
      const { data, messages } = setUp();
      await submit(messages, { targetAgencyId: HRSS, title: '公积金', content: '公积金' });
      expect(data.messages[0]).toMatchObject({ status: 'assigned', assignedAgencyId: HRSS, routedBy: 'target' });
      expect(data.events[1].reason).toBe('留言人指定');
    });

    it('holds a message moderation wants reviewed; released, it is routed by the same rules', async () => {
      const { data, messages, admin } = setUp('review');
      const { view } = await submit(messages, { title: '公积金', content: '公积金提取' });
      expect(data.messages[0]).toMatchObject({ status: 'held', assignedAgencyId: null });
      const released = await admin.release(officeStaff, view.id);
      expect(released).toMatchObject({ status: 'assigned', agencyId: FUND });
      expect(data.events.map((e) => e.action)).toEqual(['submit', 'release', 'dispatch']);
    });

    it('RoutingRulesService refuses a rule for a disabled agency (400) and lists by priority', async () => {
      const data = new InMemoryData();
      data.agencies.push(
        { id: HRSS, name: '人社局', kind: 'department', active: true },
        { id: CLOSED_AGENCY, name: '已撤销', kind: 'department', active: false },
      );
      const rules = new RoutingRulesService(inMemoryRoutingStore(data));
      await expect(rules.create(officeStaff, { keyword: '路灯', agencyId: CLOSED_AGENCY })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await rules.create(officeStaff, { keyword: ' 社保 ', agencyId: HRSS });
      await rules.create(officeStaff, { keyword: '养老', agencyId: HRSS, priority: 5 });
      expect((await rules.list()).map((r) => [r.keyword, r.priority, r.agencyName])).toEqual([
        ['养老', 5, '人社局'],
        ['社保', 0, '人社局'],
      ]);
    });
  });

  describe('deadlines', () => {
    it('starts the clock on assignment: 5 working days for a consultation, 15 for a complaint', async () => {
      const { data, messages } = setUp();
      await submit(messages, { type: 'consultation', targetAgencyId: HRSS });
      await submit(messages, { type: 'complaint', targetAgencyId: HRSS });
      const [consultation, complaint] = data.messages;
      expect(consultation.dueAt).toEqual(deadlines.dueAt('consultation', consultation.assignedAt!));
      expect(complaint.dueAt).toEqual(deadlines.dueAt('complaint', complaint.assignedAt!));
      expect(complaint.dueAt!.getTime()).toBeGreaterThan(consultation.dueAt!.getTime());
      expect(consultation.assignedAt).toEqual(consultation.submittedAt);
    });

    it('moves the deadline by the approved working days and lets reminders fire again; a refusal keeps it', async () => {
      const { data, messages, admin } = setUp();
      const { view } = await submit(messages, { targetAgencyId: HRSS });
      Object.assign(data.messages[0], { reminderQueuedAt: new Date(), overdueQueuedAt: new Date() });
      const due = data.messages[0].dueAt!;

      await admin.requestExtension(hrssStaff, view.id, 5, '需要调取档案');
      await expect(admin.requestExtension(hrssStaff, view.id, 3, '再来一次')).rejects.toMatchObject({ code: 'MESSAGE_EXTENSION_ALREADY_REQUESTED' });
      const approved = await admin.decideExtension(officeHead, view.id, true, '同意');
      expect(data.messages[0]).toMatchObject({ dueAt: deadlines.extend(due, 5), reminderQueuedAt: null, overdueQueuedAt: null, status: 'assigned' });
      expect(approved.allowedActions).toEqual(['reassign', 'hide']);
      await expect(admin.requestExtension(hrssStaff, view.id, 3, '还要延期')).rejects.toMatchObject({ code: 'MESSAGE_ALREADY_EXTENDED' });

      const other = await submit(messages, { targetAgencyId: HRSS });
      const otherDue = data.messages[1].dueAt;
      await admin.requestExtension(hrssStaff, other.view.id, 5, '需要调取档案');
      await admin.decideExtension(officeHead, other.view.id, false, '不同意');
      expect(data.messages[1].dueAt).toEqual(otherDue);
      expect(data.events.filter((e) => e.messageId === other.view.id).map((e) => e.action)).toEqual([
        'submit',
        'dispatch',
        'extension_requested',
        'extension_rejected',
      ]);
    });

    it('counts the working days a reply took', async () => {
      const { data, messages, admin } = setUp();
      const { view } = await submit(messages, { targetAgencyId: HRSS });
      data.messages[0].assignedAt = new Date(Date.now() - 7 * 86_400_000);
      await admin.reply(hrssStaff, view.id, '<p>已办理</p>');
      expect(data.messages[0]).toMatchObject({
        status: 'replied',
        replyWorkdays: deadlines.workdaysBetween(data.messages[0].assignedAt!, data.messages[0].repliedAt!),
      });
      expect(data.messages[0].replyWorkdays).toBeGreaterThanOrEqual(4);
    });
  });
});
