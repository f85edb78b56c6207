import { AuditAction, ErrorCode } from '@weimin/contracts';
import { InMemoryCalendarStore, InMemoryDatabase } from '../testing/in-memory-repositories';
import { caller } from '../testing/service-doubles';
import { CalendarAdminService } from './calendar-admin.service';
import { CalendarService } from './calendar.service';

// Service tier: saving a year's holidays (revisions, the race of two first saves, audit) over in-memory repositories.
describe('CalendarAdminService (service tier)', () => {
  const admin = caller(1, 10, ['admin']);
  const SCHEDULE = { holidays: [{ date: '2031-01-01', name: '元旦' }], workdays: [{ date: '2031-01-04', name: '元旦调休' }] };
  let database: InMemoryDatabase;
  let store: InMemoryCalendarStore;
  let calendar: CalendarService;
  let service: CalendarAdminService;

  beforeEach(() => {
    database = new InMemoryDatabase();
    database.tables.accounts.push({
      id: 1,
      username: 'root',
      displayName: '管理员',
      agencyId: 10,
      roles: ['admin'],
      passwordHash: 'x',
      failedLogins: 0,
      lockedUntil: null,
      active: true,
      lastLoginAt: null,
      createdAt: new Date(0),
      updatedAt: new Date(0),
    });
    store = new InMemoryCalendarStore(database);
    calendar = new CalendarService(store);
    service = new CalendarAdminService(store, calendar);
  });

  it('stores the first save as revision 1, each later one as the next, and audits every save', async () => {
    const first = await service.save(admin, 2031, SCHEDULE);
    expect(first).toEqual(expect.objectContaining({ scheduleSource: expect.any(String), enteredBy: '管理员' }));
    expect(first.holidays).toEqual([{ date: '2031-01-01', name: '元旦' }]);
    await service.save(admin, 2031, { holidays: [], workdays: [] });
    expect(database.tables.calendarYears).toEqual([expect.objectContaining({ year: 2031, revision: 2, enteredById: 1 })]);
    expect(database.tables.calendarDays).toEqual([]);
    expect(database.tables.audit.map((row) => [row.action, row.objectId])).toEqual([
      [AuditAction.CalendarYearSaved, '2031'],
      [AuditAction.CalendarYearSaved, '2031'],
    ]);
  });

  it('answers CALENDAR_REVISION_CHANGED when another first save of the year commits in between, keeping the other’s days', async () => {
    store.beforeFirstInsert = (db) => {
      store.beforeFirstInsert = null;
      db.tables.calendarYears.push({ year: 2031, revision: 1, enteredById: 2, enteredAt: new Date() });
      db.tables.calendarDays.push(Object.assign({}, { date: '2031-01-02', year: 2031, kind: 'holiday' as const, name: '别人的假日' }));
    };
    await expect(service.save(admin, 2031, SCHEDULE)).rejects.toEqual(expect.objectContaining({ code: ErrorCode.CalendarRevisionChanged }));
    expect(database.tables.calendarYears).toEqual([expect.objectContaining({ revision: 1, enteredById: 2 })]);
    expect(database.tables.calendarDays.map((d) => d.name)).toEqual(['别人的假日']);
    expect(database.tables.audit).toEqual([]);
  });

  it('a new deadline sees a saved year at once: the calendar reloads when the version moves', async () => {
    expect((await calendar.fresh()).isWorkday('2031-03-05')).toBe(true);
    await service.save(admin, 2031, { holidays: [{ date: '2031-03-05', name: '某节' }], workdays: [] });
    expect((await calendar.fresh()).isWorkday('2031-03-05')).toBe(false);
  });

  it('refuses entries the shape cannot judge with CALENDAR_ENTRIES_INVALID, naming each, writing nothing', async () => {
    const refused = service.save(admin, 2031, { holidays: [{ date: '2031-02-30', name: '不存在' }], workdays: [{ date: '2031-01-06', name: null }] });
    await expect(refused).rejects.toEqual(
      expect.objectContaining({
        code: ErrorCode.CalendarEntriesInvalid,
        details: [expect.objectContaining({ field: 'holidays.0.date' }), expect.objectContaining({ field: 'workdays.0.date' })],
      }),
    );
    expect(database.tables.calendarYears).toEqual([]);
  });
});
