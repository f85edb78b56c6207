import { AUDIENCE_LABELS, type CreateMessageRequest, type MessageFigures, type MessageStatsView } from '@weimin/contracts';
import ExcelJS from 'exceljs';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { chinaDay, WorkingCalendar } from '../../apps/bff/src/calendar/working-days';
import { Message } from '../../apps/bff/src/messages/message.entity';
import { citizenSignIn, type CitizenSession, submitMessage } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

const DAY = 86_400_000;

/**
 * 统计分析 on a dataset built through the API (citizens post, staff dispatch, return, reply, reopen, hide; the
 * citizen rates), with figures known in advance. Where a case needs time to pass (a reply after its due date, a
 * message from last year) the test moves the message's dates in the database, as the deadline tests do.
 *
 *  #  type          channel        path                                                  agency  counts as
 *  1  consultation  online         dispatch → reply → 满意                               hrss    on time, rated
 *  2  consultation  mayor_mailbox  dispatch → late reply → 不满意 → reopen → reply → 基本满意  hrss    once, on time, rated
 *  3  suggestion    mayor_mailbox  dispatch (assigned 10 days ago, due yesterday) → reply hrss    late, W working days
 *  4  complaint     online         dispatch edu → returned → dispatch hrss → reply      hrss    on time
 *  5  consultation  online         dispatch, due date passed, no reply                  edu     overdue now
 *  6  consultation  online         dispatch, no reply yet                               edu     pending
 *  7  complaint     mayor_mailbox  dispatch → reply → hidden                            hrss    received, not valid
 *  8  consultation  online         left in the office's queue, submitted 2025-06-16 00:10 China time   none
 *  9  consultation  online         dispatch → reply, submitted 2025-06-15 23:30 China time  edu  on time
 */
describe(`statistics: message figures (${TEST_DB})`, () => {
  let t: TestApp;
  let citizen: CitizenSession;
  let office: StaffSession;
  let officeHead: StaffSession;
  let admin: StaffSession;
  let hrss: StaffSession;
  let hrssHead: StaffSession;
  let edu: StaffSession;
  let ids: { hrss: number; edu: number };
  let lateWorkdays: number;
  const messageIds: number[] = [];

  const post = async (session: StaffSession, path: string, json: unknown = {}) => {
    const response = await session.request(path, { method: 'POST', json });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const messages = () => t.dataSource.getRepository(Message);
  const submit = async (type: CreateMessageRequest['type'], channel: CreateMessageRequest['channel']) => {
    const message = await submitMessage(citizen, { type, channel, contactName: '韩梅梅', contactPhone: '13700001111', title: '关于小区路灯维修的咨询' });
    expect(message.status).toBe('submitted');
    messageIds.push(message.id);
    return message.id;
  };
  const dispatch = (id: number, agencyId: number) => post(office, `/api/admin/messages/${id}/dispatch`, { agencyId });
  const reply = (session: StaffSession, id: number) => post(session, `/api/admin/messages/${id}/reply`, { bodyHtml: '<p>您好，已安排处理。</p>' });
  const rate = async (id: number, rating: string) => {
    const response = await citizen.request(`/api/messages/mine/${id}/rating`, { method: 'POST', json: { rating } });
    expect(response.status).toBe(200);
  };
  const stats = async (query = '', session = office): Promise<MessageStatsView> => {
    const response = await session.request(`/api/admin/stats/messages${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    t = await startTestApp({ MESSAGE_POSTS_PER_HOUR: '1000', STATS_RANKING_MIN_ITEMS: '4' });
    citizen = await citizenSignIn(t);
    [office, officeHead, admin, hrss, hrssHead, edu] = await Promise.all(
      ['office.staff', 'office.head', 'admin', 'hrss.staff', 'hrss.head', 'edu.staff'].map((u) => signIn(t, u)),
    );
    ids = { hrss: await agencyIdOf(t, 'dept-hrss'), edu: await agencyIdOf(t, 'dept-edu') };

    const m1 = await submit('consultation', 'online_consultation');
    await dispatch(m1, ids.hrss);
    await reply(hrss, m1);
    await rate(m1, 'satisfied');

    const m2 = await submit('consultation', 'mayor_mailbox');
    await dispatch(m2, ids.hrss);
    await messages().update(m2, { dueAt: new Date(Date.now() - 60_000) });
    await reply(hrss, m2);
    await rate(m2, 'unsatisfied');
    await post(office, `/api/admin/messages/${m2}/reopen`, { reason: '答复未解决问题' });
    await reply(hrss, m2);
    await rate(m2, 'basically_satisfied');

    const m3 = await submit('suggestion', 'mayor_mailbox');
    await dispatch(m3, ids.hrss);
    const assignedAt = new Date(Date.now() - 10 * DAY);
    await messages().update(m3, { assignedAt, dueAt: new Date(Date.now() - DAY) });
    await reply(hrssHead, m3);
    lateWorkdays = WorkingCalendar.fromConfig().workdaysBetween(chinaDay(assignedAt), chinaDay(new Date()));

    const m4 = await submit('complaint', 'online_consultation');
    await dispatch(m4, ids.edu);
    await post(edu, `/api/admin/messages/${m4}/return`, { reason: '不属于我局职责' });
    await dispatch(m4, ids.hrss);
    await reply(hrss, m4);

    const m5 = await submit('consultation', 'online_consultation');
    await dispatch(m5, ids.edu);
    await messages().update(m5, { dueAt: new Date(Date.now() - 60_000) });

    const m6 = await submit('consultation', 'online_consultation');
    await dispatch(m6, ids.edu);

    const m7 = await submit('complaint', 'mayor_mailbox');
    await dispatch(m7, ids.hrss);
    await reply(hrss, m7);
    await post(office, `/api/admin/messages/${m7}/hide`, { reason: '含有辱骂内容' });

    const m8 = await submit('consultation', 'online_consultation');
    await messages().update(m8, { submittedAt: new Date('2025-06-16T00:10:00+08:00') });

    const m9 = await submit('consultation', 'online_consultation');
    await dispatch(m9, ids.edu);
    await reply(edu, m9);
    await messages().update(m9, { submittedAt: new Date('2025-06-15T23:30:00+08:00') });
  });
  afterAll(() => t.close());

  const figures = (overrides: Partial<MessageFigures>): MessageFigures => ({
    received: 0,
    valid: 0,
    replied: 0,
    replyRate: null,
    onTime: 0,
    onTimeRate: null,
    averageReplyWorkdays: null,
    rated: 0,
    satisfied: 0,
    satisfactionRate: null,
    overdueNow: 0,
    ...overrides,
  });

  it('gives the known totals, counting a reopened message once and a hidden one as received only', async () => {
    const view = await stats();
    expect(view.totals).toEqual(
      figures({
        received: 9,
        valid: 8,
        replied: 5,
        replyRate: 5 / 8,
        onTime: 4,
        onTimeRate: 4 / 5,
        averageReplyWorkdays: lateWorkdays / 5,
        rated: 2,
        satisfied: 2,
        satisfactionRate: 1,
        overdueNow: 1,
      }),
    );
    expect(lateWorkdays).toBeGreaterThanOrEqual(5);
    expect(view.summary).toBe(
      '共收到留言 9 条（有效 8 条），答复 5 条，其中市长信箱 2 条、网上咨询 3 条，按期答复 4 条，答复率 62.5%，满意率 100%，当前逾期 1 条。',
    );
  });

  it('breaks the figures down by agency (the one that answered), type and channel', async () => {
    const view = await stats();
    const byAgency = Object.fromEntries(view.byAgency.map((row) => [row.agencyName, row]));
    expect(view.byAgency.map((row) => row.agencyId)).toEqual([ids.hrss, ids.edu, null]);
    expect(byAgency['临溪市人力资源和社会保障局']).toEqual({
      agencyId: ids.hrss,
      agencyName: '临溪市人力资源和社会保障局',
      ...figures({
        received: 5,
        valid: 4,
        replied: 4,
        replyRate: 1,
        onTime: 3,
        onTimeRate: 3 / 4,
        averageReplyWorkdays: lateWorkdays / 4,
        rated: 2,
        satisfied: 2,
        satisfactionRate: 1,
      }),
    });
    expect(byAgency['临溪市教育局']).toEqual({
      agencyId: ids.edu,
      agencyName: '临溪市教育局',
      ...figures({ received: 3, valid: 3, replied: 1, replyRate: 1 / 3, onTime: 1, onTimeRate: 1, averageReplyWorkdays: 0, overdueNow: 1 }),
    });
    expect(byAgency['未交办']).toEqual({ agencyId: null, agencyName: '未交办', ...figures({ received: 1, valid: 1, replyRate: 0 }) });

    expect(view.byType).toEqual([
      {
        type: 'consultation',
        ...figures({
          received: 6,
          valid: 6,
          replied: 3,
          replyRate: 3 / 6,
          onTime: 3,
          onTimeRate: 1,
          averageReplyWorkdays: 0,
          rated: 2,
          satisfied: 2,
          satisfactionRate: 1,
          overdueNow: 1,
        }),
      },
      { type: 'suggestion', ...figures({ received: 1, valid: 1, replied: 1, replyRate: 1, onTime: 0, onTimeRate: 0, averageReplyWorkdays: lateWorkdays }) },
      { type: 'complaint', ...figures({ received: 2, valid: 1, replied: 1, replyRate: 1, onTime: 1, onTimeRate: 1, averageReplyWorkdays: 0 }) },
    ]);
    expect(view.byChannel).toEqual([
      {
        channel: 'online_consultation',
        ...figures({
          received: 6,
          valid: 6,
          replied: 3,
          replyRate: 3 / 6,
          onTime: 3,
          onTimeRate: 1,
          averageReplyWorkdays: 0,
          rated: 1,
          satisfied: 1,
          satisfactionRate: 1,
          overdueNow: 1,
        }),
      },
      {
        channel: 'mayor_mailbox',
        ...figures({
          received: 3,
          valid: 2,
          replied: 2,
          replyRate: 1,
          onTime: 1,
          onTimeRate: 1 / 2,
          averageReplyWorkdays: lateWorkdays / 2,
          rated: 1,
          satisfied: 1,
          satisfactionRate: 1,
        }),
      },
      { channel: 'unit_board', ...figures({}) },
    ]);
  });

  it('filters by agency, type, channel and China-time date range (both ends inclusive)', async () => {
    expect((await stats(`?agencyId=${ids.edu}`)).totals).toMatchObject({ received: 3, replied: 1, overdueNow: 1 });
    expect((await stats(`?agencyId=${ids.edu}`)).byAgency.map((row) => row.agencyId)).toEqual([ids.edu]);
    expect((await stats('?type=suggestion')).totals).toMatchObject({ received: 1, replied: 1, onTime: 0, averageReplyWorkdays: lateWorkdays });
    expect((await stats('?channel=mayor_mailbox')).totals).toMatchObject({ received: 3, valid: 2, replied: 2, onTime: 1 });
    expect((await stats(`?channel=mayor_mailbox&agencyId=${ids.hrss}&type=complaint`)).totals).toMatchObject({
      received: 1,
      valid: 0,
      replied: 0,
      replyRate: null,
    });

    const today = chinaDay(new Date());
    const recent = await stats(`?from=${chinaDay(new Date(Date.now() - 30 * DAY))}&to=${today}`);
    expect(recent.totals).toMatchObject({ received: 7, valid: 6, replied: 4, onTime: 3, overdueNow: 1 });
    // 23:30 on 15 June in China is still 15 June there, though 16:10 UTC on the 15th is the 16th in China.
    expect((await stats('?from=2025-06-15&to=2025-06-15')).totals).toMatchObject({ received: 1, replied: 1, onTime: 1 });
    expect((await stats('?from=2025-06-15&to=2025-06-15')).byAgency.map((row) => row.agencyId)).toEqual([ids.edu]);
    expect((await stats('?from=2025-06-16&to=2025-06-16')).totals).toMatchObject({ received: 1, replied: 0 });
    expect((await stats('?to=2025-06-14')).totals.received).toBe(0);
    expect((await stats('?from=2025-06-15&to=2025-06-16')).summary).toBe(
      '2025年6月15日至2025年6月16日，共收到留言 2 条，答复 1 条，其中网上咨询 1 条，按期答复 1 条，答复率 50%。',
    );
  });

  it('ranks only agencies with at least STATS_RANKING_MIN_ITEMS valid messages', async () => {
    const { ranking } = await stats();
    expect(ranking.minItems).toBe(4);
    expect(ranking.rows.map((row) => [row.rank, row.agencyId, row.valid])).toEqual([[1, ids.hrss, 4]]);
    expect((await stats(`?channel=online_consultation`)).ranking.rows).toEqual([]);
  });

  it('refuses bad filters with 400 and the field that is wrong', async () => {
    for (const [query, field] of [
      ['?from=2026-13-01', 'from'],
      ['?from=2026/01/01', 'from'],
      ['?to=2026-02-30', 'to'],
      ['?from=2026-03-01T00:00:00Z', 'from'],
      ['?from=2026-03-02&to=2026-03-01', 'to'],
      ['?type=praise', 'type'],
      ['?channel=phone', 'channel'],
      ['?agencyId=abc', 'agencyId'],
      ['?sort=received', 'sort'],
    ]) {
      const response = await office.request(`/api/admin/stats/messages${query}`);
      expect({ query, status: response.status, code: response.body.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await office.request('/api/admin/stats/export.xlsx?from=2026-03-02&to=2026-03-01')).status).toBe(400);
  });

  it('is for the office and admins only: agency staff and heads get 403', async () => {
    expect((await stats('', officeHead)).totals.received).toBe(9);
    expect((await stats('', admin)).totals.received).toBe(9);
    for (const session of [hrss, hrssHead, edu]) {
      expect((await session.request('/api/admin/stats/messages')).status).toBe(403);
      expect((await session.request(`/api/admin/stats/messages?agencyId=${session.me.agency.id}`)).status).toBe(403);
      expect((await session.request('/api/admin/stats/export.xlsx')).status).toBe(403);
    }
    expect((await t.request('/api/admin/stats/messages')).status).toBe(401);
  });

  it('exports the same figures to .xlsx, without personal data, and audits the export', async () => {
    const auditBefore = await t.dataSource.getRepository(AuditLog).countBy({ action: 'stats.exported' as AuditLog['action'] });
    const response = await fetch(`${t.url}/api/admin/stats/export.xlsx?channel=mayor_mailbox`, { headers: { cookie: office.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="weimin-stats.xlsx"; filename*=UTF-8''${encodeURIComponent('统计分析.xlsx')}`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '留言概况',
      '按承办单位',
      '按类型',
      '按渠道',
      '单位排名',
      '解读按阶段',
      '解读按单位',
      '解读引发留言',
      '信息公开按单位',
      '更新超期',
      '意见征集',
    ]);

    const rowsOf = (name: string) => {
      const rows: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const tableOf = (name: string) => {
      const rows = rowsOf(name);
      const header = rows.findIndex((row) => row[0] === '范围' || row[0] === '承办单位' || row[0] === '类型' || row[0] === '渠道' || row[0] === '名次');
      return { header: rows[header], body: rows.slice(header + 1) };
    };
    const overview = rowsOf('留言概况');
    expect(overview[1][0]).toBe('共收到留言 3 条（有效 2 条），答复 2 条，其中市长信箱 2 条，按期答复 1 条，答复率 100%，满意率 100%。');
    expect(overview[2][0]).toBe('统计期间：最早 至 今；渠道：市长信箱');
    const totals = tableOf('留言概况');
    expect(totals.header).toEqual([
      '范围',
      '收到',
      '有效',
      '答复',
      '答复率',
      '按期答复',
      '按期答复率',
      '平均答复用时（工作日）',
      '已评价',
      '满意及基本满意',
      '满意率',
      '当前逾期',
    ]);
    expect(totals.body).toEqual([['全部', 3, 2, 2, 1, 1, 0.5, lateWorkdays / 2, 1, 1, 1, 0]]);
    expect(workbook.getWorksheet('留言概况')!.getCell(7, 5).numFmt).toBe('0.0%');
    expect(tableOf('按承办单位').body).toEqual([['临溪市人力资源和社会保障局', 3, 2, 2, 1, 1, 0.5, lateWorkdays / 2, 1, 1, 1, 0]]);
    expect(tableOf('按类型').body.map((row) => row.slice(0, 4))).toEqual([
      ['咨询', 1, 1, 1],
      ['建议', 1, 1, 1],
      ['投诉', 1, 0, 0],
    ]);
    expect(tableOf('按渠道').body.map((row) => row.slice(0, 2))).toEqual([
      ['网上咨询', 0],
      ['市长信箱', 3],
      ['公共企事业单位留言', 0],
    ]);
    expect(tableOf('单位排名').body).toEqual([]);

    // Figures only: no contact, no title, no case number in any cell.
    const cells = workbook.worksheets.flatMap((sheet) => rowsOf(sheet.name).flat()).join('\n');
    expect(cells).not.toMatch(/韩梅梅|13700001111|路灯|LX\d{8}/);

    const audit = await t.dataSource.getRepository(AuditLog).find({ where: { action: 'stats.exported' as AuditLog['action'] }, order: { id: 'DESC' } });
    expect(audit.length).toBe(auditBefore + 1);
    expect(audit[0]).toMatchObject({ actorId: office.me.id, objectType: 'stats', objectId: 'export.xlsx', reason: 'channel=mayor_mailbox' });
  });

  it('exports the interpretation and notice figures of the period as their endpoints give them', async () => {
    const period = 'from=2000-01-01&to=2099-12-31';
    const [interpretations, notices] = await Promise.all([
      office.request(`/api/admin/stats/interpretations?${period}`),
      office.request(`/api/admin/stats/notices?${period}`),
    ]);
    expect(interpretations.status).toBe(200);
    expect(notices.status).toBe(200);
    // The demo city's interpretations and notices are there to be counted.
    expect(interpretations.body.total).toBeGreaterThan(0);
    expect(notices.body.publishedTotal).toBeGreaterThan(0);

    const response = await fetch(`${t.url}/api/admin/stats/export.xlsx?${period}`, { headers: { cookie: office.cookie } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    /** The rows under the header row that starts with `first`. */
    const bodyOf = (name: string, first: string) => {
      const rows: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows.slice(rows.findIndex((row) => row[0] === first) + 1);
    };
    type Stage = { audience: 'personal' | 'enterprise'; name: string; count: number };
    expect(bodyOf('解读按阶段', '对象')).toEqual(interpretations.body.byStage.map((row: Stage) => [AUDIENCE_LABELS[row.audience], row.name, row.count]));
    expect(bodyOf('解读按阶段', '对象')).toHaveLength(14);
    expect(bodyOf('解读按单位', '起草单位')).toEqual(
      interpretations.body.byAgency.map((row: { agencyName: string; count: number }) => [row.agencyName, row.count]),
    );
    type Unit = { agencyName: string; counts: Record<'announcements' | 'services' | 'rules', number>; total: number };
    expect(bodyOf('信息公开按单位', '单位')).toEqual(
      notices.body.byUnit.map((row: Unit) => [row.agencyName, row.counts.announcements, row.counts.services, row.counts.rules, row.total]),
    );
    const unitTotals = notices.body.byUnit.reduce((sum: number, row: Unit) => sum + row.total, 0);
    expect(unitTotals).toBe(notices.body.publishedTotal);
    expect(bodyOf('更新超期', '单位')).toHaveLength(notices.body.staleNow.length);
  });

  it('keeps every message of the dataset where it was put (the figures above rest on it)', async () => {
    const rows = await messages().findBy(messageIds.map((id) => ({ id })));
    expect(rows.map((m) => m.status).sort()).toEqual(['assigned', 'assigned', 'closed', 'closed', 'hidden', 'replied', 'replied', 'replied', 'submitted']);
  });

  // Last, and for an agency no other message has: it adds a message to the dataset above.
  it('counts a reply within an approved extension as on time', async () => {
    const water = await agencyIdOf(t, 'pe-water-city');
    const waterStaff = await signIn(t, 'water.staff');
    const message = await submitMessage(citizen, { type: 'complaint', channel: 'unit_board', targetAgencyId: water, title: '关于小区路灯维修的咨询' });
    expect(message.status).toBe('assigned');
    await messages().update(message.id, { dueAt: new Date(Date.now() - DAY) });
    expect((await stats(`?agencyId=${water}`)).totals).toMatchObject({ received: 1, overdueNow: 1 });
    await post(waterStaff, `/api/admin/messages/${message.id}/extension`, { workdays: 5, reason: '需要现场核实管线情况' });
    await post(officeHead, `/api/admin/messages/${message.id}/extension/decision`, { approve: true });
    await reply(waterStaff, message.id);
    const view = await stats(`?agencyId=${water}`);
    expect(view.totals).toMatchObject({ received: 1, valid: 1, replied: 1, onTime: 1, onTimeRate: 1, overdueNow: 0 });
    expect(view.byChannel.find((row) => row.channel === 'unit_board')).toMatchObject({ received: 1, replied: 1 });
  });
});
