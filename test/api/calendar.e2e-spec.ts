import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { CalendarDay } from '../../apps/bff/src/calendar/calendar-day.entity';
import { CalendarYear } from '../../apps/bff/src/calendar/calendar-year.entity';
import { Message } from '../../apps/bff/src/messages/message.entity';
import { citizenSignIn, type CitizenSession, submitMessage } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

/**
 * A test schedule for 2027 (not the State Council's, which is not published as this is written): 春节 from Monday
 * 8 to Friday 12 February, and Saturday 6 February worked. config/holiday-overrides.json meanwhile has the
 * provisional 5–11 February.
 */
const SCHEDULE_2027 = {
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    ...['08', '09', '10', '11', '12'].map((d) => ({ date: `2027-02-${d}`, name: '春节' })),
    { date: '2027-02-13', name: '春节' }, // a Saturday: a holiday on a weekend is allowed
  ],
  workdays: [{ date: '2027-02-06', name: '春节调休' }],
};
/** A deadline falls due at the end of its day in China (MySQL keeps whole seconds, SQLite milliseconds). */
const endOfDay = (day: string) => new Date(`${day}T23:59:59+08:00`).toISOString();
const seconds = (iso: string) => `${iso.slice(0, 19)}.000Z`;

// Only Date is faked (timers, I/O and the database drivers run as usual), so a test can stand on any day.
const setToday = (instant: string) =>
  jest.useFakeTimers({
    now: new Date(instant),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });

describe(`working calendar: holidays and 调休 entered in the console (${TEST_DB})`, () => {
  let t: TestApp;
  let admin: StaffSession;
  let office: StaffSession;
  let hrss: StaffSession;
  let citizen: CitizenSession;
  let hrssId: number;

  beforeAll(async () => {
    setToday('2027-02-03T09:00:00+08:00'); // a Wednesday
    t = await startTestApp({ MESSAGE_POSTS_PER_HOUR: '1000' });
    [admin, office, hrss] = await Promise.all(['admin', 'office.staff', 'hrss.staff'].map((u) => signIn(t, u)));
    citizen = await citizenSignIn(t);
    hrssId = await agencyIdOf(t, 'dept-hrss');
  });
  afterAll(async () => {
    await t.close();
    jest.useRealTimers();
  });

  const put = (session: StaffSession, year: number | string, json: unknown) => session.request(`/api/admin/calendar/${year}`, { method: 'PUT', json });
  const dispatched = async () => {
    const message = await submitMessage(citizen);
    const response = await office.request(`/api/admin/messages/${message.id}/dispatch`, { method: 'POST', json: { agencyId: hrssId } });
    expect(response.status).toBe(200);
    return response.body as { id: number; dueAt: string };
  };
  const storedDueAt = async (id: number) => (await t.dataSource.getRepository(Message).findOneByOrFail({ id })).dueAt!.toISOString();

  it('is in the OpenAPI document, with the shape of a year to save', async () => {
    const docs = await t.request('/api/docs-json');
    expect(docs.body.paths['/api/admin/calendar/status'].get).toBeDefined();
    expect(Object.keys(docs.body.paths['/api/admin/calendar/{year}']).sort()).toEqual(['get', 'put']);
    expect(docs.body.components.schemas.SaveCalendarYearDto.required).toEqual(expect.arrayContaining(['holidays', 'workdays']));
    expect(docs.body.components.schemas.HolidayEntryDto.properties).toHaveProperty('name');
  });

  it('shows a year day by day with where each day comes from', async () => {
    const y2026 = await office.request('/api/admin/calendar/2026');
    expect(y2026.status).toBe(200);
    expect(y2026.body.scheduleSource).toBe('library');
    expect(y2026.body.days).toHaveLength(365);
    const day = (date: string) => y2026.body.days.find((d: { date: string }) => d.date === date);
    expect(day('2026-10-01')).toEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节', source: 'library' });
    expect(day('2026-10-10')).toEqual({ date: '2026-10-10', kind: 'makeup_workday', name: '国庆节', source: 'library' });
    expect(day('2026-11-28')).toEqual({ date: '2026-11-28', kind: 'weekend', name: null, source: 'weekday' });

    const y2027 = await office.request('/api/admin/calendar/2027');
    expect(y2027.body).toMatchObject({ scheduleSource: null, enteredBy: null });
    expect(y2027.body.holidays).toContainEqual({ date: '2027-02-05', name: null }); // the file's provisional day
  });

  it('warns from 1 December while next year has no schedule, and not before', async () => {
    setToday('2026-11-30T20:00:00+08:00');
    expect((await office.request('/api/admin/calendar/status')).body).toEqual({ today: '2026-11-30', missingYears: [], warning: null });
    setToday('2026-12-01T08:00:00+08:00');
    const status = await office.request('/api/admin/calendar/status');
    expect(status.body).toMatchObject({ today: '2026-12-01', missingYears: [2027] });
    expect(status.body.warning).toContain('2027年节假日安排尚未录入');
    setToday('2027-02-03T09:00:00+08:00');
  });

  it.each([
    // The shape is the DTO's (VALIDATION_FAILED); what the shape cannot tell is the calendar's own rule (CALENDAR_ENTRIES_INVALID).
    ['a date in another year', { holidays: [{ date: '2026-12-31', name: '元旦' }], workdays: [] }, 'holidays.0.date', 'CALENDAR_ENTRIES_INVALID'],
    ['a day that does not exist', { holidays: [{ date: '2027-02-30', name: '春节' }], workdays: [] }, 'holidays.0.date', 'CALENDAR_ENTRIES_INVALID'],
    ['a malformed date', { holidays: [{ date: '2027-2-8', name: '春节' }], workdays: [] }, 'holidays.0.date', 'VALIDATION_FAILED'],
    [
      'the same day twice',
      { holidays: [{ date: '2027-02-08', name: '春节' }], workdays: [{ date: '2027-02-08' }] },
      'workdays.0.date',
      'CALENDAR_ENTRIES_INVALID',
    ],
    ['a holiday without a name', { holidays: [{ date: '2027-02-08', name: '  ' }], workdays: [] }, 'holidays.0.name', 'VALIDATION_FAILED'],
    ['a make-up working day on a weekday', { holidays: [], workdays: [{ date: '2027-02-08' }] }, 'workdays.0.date', 'CALENDAR_ENTRIES_INVALID'],
    ['no workdays list', { holidays: [] }, 'workdays', 'VALIDATION_FAILED'],
    ['an unknown field', { holidays: [], workdays: [], note: 'x' }, 'note', 'VALIDATION_FAILED'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_, body, field, code) => {
    const response = await put(admin, 2027, body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(code);
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await t.dataSource.getRepository(CalendarYear).count()).toBe(0);
    expect(await t.dataSource.getRepository(CalendarDay).count()).toBe(0);
  });

  it.each(['abc', '1999', '2101', '2027.5'])('refuses the year %s with 400', async (year) => {
    const response = await put(admin, year, SCHEDULE_2027);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect((await office.request(`/api/admin/calendar/${year}`)).status).toBe(400);
  });

  it('lets only the administrator enter a year, the office read it, and no agency role see it', async () => {
    for (const path of ['/api/admin/calendar/status', '/api/admin/calendar/2027']) {
      expect((await hrss.request(path)).status).toBe(403);
      expect((await t.request(path)).status).toBe(401);
    }
    expect((await put(hrss, 2027, SCHEDULE_2027)).status).toBe(403);
    expect((await put(office, 2027, SCHEDULE_2027)).status).toBe(403);
    expect(await t.dataSource.getRepository(CalendarYear).count()).toBe(0);
  });

  it('gives new deadlines the entered schedule at once, and leaves deadlines already set as they were', async () => {
    // Before: the file's provisional 春节 (5–11 February) — Thu 4, Fri 12, Mon 15, Tue 16, Wed 17.
    const before = await dispatched();
    expect(seconds(before.dueAt)).toBe(endOfDay('2027-02-17'));

    const saved = await put(admin, 2027, SCHEDULE_2027);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ year: 2027, scheduleSource: 'stored', enteredBy: admin.me.displayName });
    const day = (date: string) => saved.body.days.find((d: { date: string }) => d.date === date);
    expect(day('2027-02-05')).toMatchObject({ kind: 'workday', source: 'weekday' }); // the file's provisional day is gone
    expect(day('2027-02-06')).toEqual({ date: '2027-02-06', kind: 'makeup_workday', name: '春节调休', source: 'stored' });
    expect(day('2027-02-13')).toEqual({ date: '2027-02-13', kind: 'holiday', name: '春节', source: 'stored' });
    expect(saved.body.holidays).toHaveLength(7);
    expect(
      await t.dataSource
        .getRepository(AuditLog)
        .countBy({ action: 'calendar.year_saved', objectType: 'calendar_year', objectId: '2027', actorId: admin.me.id }),
    ).toBe(1);

    // After: Thu 4, Fri 5, Sat 6 (worked), Mon 15, Tue 16.
    const after = await dispatched();
    expect(seconds(after.dueAt)).toBe(endOfDay('2027-02-16'));
    expect(seconds(await storedDueAt(before.id))).toBe(endOfDay('2027-02-17'));
    expect(seconds((await office.request(`/api/admin/messages/${before.id}`)).body.dueAt)).toBe(endOfDay('2027-02-17'));

    // The warning is gone once the year is entered.
    setToday('2026-12-01T08:00:00+08:00');
    expect((await office.request('/api/admin/calendar/status')).body).toMatchObject({ missingYears: [], warning: null });
    setToday('2027-02-03T09:00:00+08:00');
  });

  it('replaces the whole year on a second save and follows a save made through another instance (the stored version, not memory)', async () => {
    const second = await put(admin, 2027, { holidays: [{ date: '2027-02-04', name: '春节' }], workdays: [] });
    expect(second.status).toBe(200);
    expect(second.body.holidays).toEqual([{ date: '2027-02-04', name: '春节' }]);
    expect(await t.dataSource.getRepository(CalendarYear).findOneByOrFail({ year: 2027 })).toMatchObject({ revision: 2 });
    // Thu 4 off: Fri 5, Mon 8, Tue 9, Wed 10, Thu 11.
    expect(seconds((await dispatched()).dueAt)).toBe(endOfDay('2027-02-11'));

    // Another BFF instance saves the year: it writes the rows and raises the revision; this one has not seen it.
    await t.dataSource.transaction(async (manager) => {
      await manager.insert(CalendarDay, { date: '2027-02-05', year: 2027, kind: 'holiday', name: '春节' });
      await manager.update(CalendarYear, { year: 2027 }, { revision: 3 });
    });
    // Thu 4 and Fri 5 off: Mon 8, Tue 9, Wed 10, Thu 11, Fri 12 (the calendar in memory would still say Thu 11).
    expect(seconds((await dispatched()).dueAt)).toBe(endOfDay('2027-02-12'));
  });
});
