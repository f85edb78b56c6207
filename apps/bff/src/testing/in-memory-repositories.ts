// In-memory doubles of the repositories, for service-tier specs (apps/bff/src/**/*.service.spec.ts): the services'
// rules run against them without a database. Each store's `transaction` works on a copy of the rows and keeps it
// only when the work succeeds, so a spec can also check that a refused step wrote nothing.
import type { Agency } from '../agencies/agency.entity';
import type { ActiveAgencyFilter, Agencies } from '../agencies/agency.repository';
import type { AuditLog } from '../audit/audit-log.entity';
import type { AuditLogFilter, AuditLogs, NewAuditEntry } from '../audit/audit-log.repository';
import { AuditTrail } from '../audit/audit-trail';
import type { StaffSession } from '../auth/staff-session.entity';
import { CalendarDay } from '../calendar/calendar-day.entity';
import type { CalendarYear } from '../calendar/calendar-year.entity';
import type { CalendarYears, NewCalendarDay } from '../calendar/calendar.repository';
import { type CalendarRepositories, CalendarStore } from '../calendar/calendar.store';
import type { RepositoryShape } from '../database/repository-shape';
import type { StaffAccount } from '../staff/staff-account.entity';
import type { NewStaffAccount, StaffAccountChange, StaffAccountFilter, StaffAccounts, StaffSessions } from '../staff/staff.repository';
import { type StaffRepositories, StaffStore } from '../staff/staff.store';

/** Every table the doubles keep, as plain rows. */
export interface Tables {
  agencies: Agency[];
  accounts: StaffAccount[];
  sessions: StaffSession[];
  audit: AuditLog[];
  calendarYears: CalendarYear[];
  calendarDays: CalendarDay[];
}

export function emptyTables(): Tables {
  return { agencies: [], accounts: [], sessions: [], audit: [], calendarYears: [], calendarDays: [] };
}

/** A unique-index violation as SQLite reports it (common/errors/unique-violation.ts recognises it). */
export function uniqueViolation(): Error {
  return Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
}

/** A row's copy: its own arrays, the same Dates (structuredClone would make Dates of another realm under jest). */
function clone<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Array.isArray(value) ? [...(value as unknown[])] : value])) as T;
}

const copy = <T extends object>(rows: T[]): T[] => rows.map(clone);

function copyTables(tables: Tables): Tables {
  return {
    agencies: copy(tables.agencies),
    accounts: copy(tables.accounts),
    sessions: copy(tables.sessions),
    audit: copy(tables.audit),
    calendarYears: copy(tables.calendarYears),
    calendarDays: copy(tables.calendarDays),
  };
}

const nextId = (rows: { id: number }[]) => rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;

export class InMemoryAuditLogs implements RepositoryShape<AuditLogs> {
  constructor(private readonly tables: Tables) {}

  async append(entry: NewAuditEntry): Promise<void> {
    this.tables.audit.push({ id: nextId(this.tables.audit), ...entry });
  }

  async search(filter: AuditLogFilter): Promise<{ rows: AuditLog[]; total: number }> {
    const matching = this.tables.audit
      .filter((row) => (!filter.action || row.action === filter.action) && (!filter.actorId || row.actorId === filter.actorId))
      .filter((row) => (!filter.agencyId || row.agencyId === filter.agencyId) && (!filter.objectType || row.objectType === filter.objectType))
      .filter(
        (row) =>
          (!filter.objectId || row.objectId === filter.objectId) && (!filter.from || row.at >= filter.from) && (!filter.before || row.at < filter.before),
      )
      .sort((a, b) => b.id - a.id);
    return { rows: matching.slice(filter.offset, filter.offset + filter.limit), total: matching.length };
  }
}

export class InMemoryAgencies implements RepositoryShape<Agencies> {
  constructor(private readonly tables: Tables) {}

  async findById(id: number): Promise<Agency | null> {
    return this.tables.agencies.find((a) => a.id === id) ?? null;
  }

  async findActive(id: number): Promise<Agency | null> {
    return this.tables.agencies.find((a) => a.id === id && a.active) ?? null;
  }

  async findOffice(): Promise<Agency | null> {
    return this.tables.agencies.find((a) => a.kind === 'office') ?? null;
  }

  async listAll(): Promise<Agency[]> {
    return [...this.tables.agencies].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  }

  async listActive(filter: ActiveAgencyFilter): Promise<Agency[]> {
    return (await this.listAll()).filter((a) => a.active && (!filter.kind || a.kind === filter.kind) && (!filter.industry || a.industry === filter.industry));
  }

  async codeTaken(code: string): Promise<boolean> {
    return this.tables.agencies.some((a) => a.code === code);
  }

  async officeExists(): Promise<boolean> {
    return this.tables.agencies.some((a) => a.kind === 'office');
  }

  async insert(agency: Omit<Agency, 'id' | 'active' | 'createdAt' | 'updatedAt'>): Promise<Agency> {
    const row: Agency = { ...agency, id: nextId(this.tables.agencies), active: true, createdAt: new Date(), updatedAt: new Date() };
    this.tables.agencies.push(row);
    return clone(row);
  }

  async save(agency: Agency): Promise<Agency> {
    const index = this.tables.agencies.findIndex((a) => a.id === agency.id);
    this.tables.agencies[index] = clone(agency);
    return agency;
  }

  async codesOf(ids: number[]): Promise<Map<number, string>> {
    return new Map(this.tables.agencies.filter((a) => ids.includes(a.id)).map((a) => [a.id, a.code]));
  }

  async namesOf(ids: (number | null)[]): Promise<Map<number, string>> {
    return new Map(this.tables.agencies.filter((a) => ids.includes(a.id)).map((a) => [a.id, a.name]));
  }
}

export class InMemoryStaffAccounts implements RepositoryShape<StaffAccounts> {
  constructor(private readonly tables: Tables) {}

  private withAgency(account: StaffAccount | undefined): StaffAccount | null {
    if (!account) return null;
    return { ...clone(account), agency: this.tables.agencies.find((a) => a.id === account.agencyId) };
  }

  async findByUsername(username: string): Promise<StaffAccount | null> {
    const account = this.tables.accounts.find((a) => a.username === username);
    return account ? clone(account) : null;
  }

  async findById(id: number): Promise<StaffAccount | null> {
    const account = this.tables.accounts.find((a) => a.id === id);
    return account ? clone(account) : null;
  }

  async findWithAgency(id: number): Promise<StaffAccount | null> {
    return this.withAgency(this.tables.accounts.find((a) => a.id === id));
  }

  async findWithAgencyInScope(id: number, scope: number | undefined): Promise<StaffAccount | null> {
    return this.withAgency(this.tables.accounts.find((a) => a.id === id && (scope === undefined || a.agencyId === scope)));
  }

  async list(filter: StaffAccountFilter): Promise<StaffAccount[]> {
    return this.tables.accounts
      .filter((a) => (filter.scope === undefined || a.agencyId === filter.scope) && (filter.agencyId === undefined || a.agencyId === filter.agencyId))
      .filter((a) => !filter.q || a.username.includes(filter.q) || a.displayName.includes(filter.q))
      .map((a) => this.withAgency(a)!);
  }

  async usernameTaken(username: string): Promise<boolean> {
    return this.tables.accounts.some((a) => a.username === username);
  }

  async adminExists(): Promise<boolean> {
    return this.tables.accounts.some((a) => a.roles.includes('admin'));
  }

  async insert(account: NewStaffAccount): Promise<StaffAccount> {
    if (this.tables.accounts.some((a) => a.username === account.username)) throw uniqueViolation();
    const now = new Date();
    const row: StaffAccount = {
      ...account,
      id: nextId(this.tables.accounts),
      failedLogins: 0,
      lockedUntil: null,
      active: true,
      lastLoginAt: null,
      createdAt: now,
      updatedAt: now,
    };
    this.tables.accounts.push(row);
    return clone(row);
  }

  async update(id: number, change: StaffAccountChange): Promise<void> {
    const account = this.tables.accounts.find((a) => a.id === id);
    if (account) Object.assign(account, clone(change));
  }

  async countFailedLogin(id: number): Promise<number> {
    const account = this.tables.accounts.find((a) => a.id === id)!;
    account.failedLogins += 1;
    return account.failedLogins;
  }
}

export class InMemoryStaffSessions implements RepositoryShape<StaffSessions> {
  constructor(private readonly tables: Tables) {}

  async findByTokenHash(tokenHash: string): Promise<StaffSession | null> {
    const session = this.tables.sessions.find((s) => s.tokenHash === tokenHash);
    return session ? clone(session) : null;
  }

  async open(session: StaffSession): Promise<void> {
    this.tables.sessions.push(clone(session));
  }

  async touch(tokenHash: string, at: Date): Promise<void> {
    const session = this.tables.sessions.find((s) => s.tokenHash === tokenHash);
    if (session) session.lastSeenAt = at;
  }

  async end(tokenHash: string): Promise<void> {
    this.tables.sessions = this.tables.sessions.filter((s) => s.tokenHash !== tokenHash);
  }

  async endAllOf(accountId: number): Promise<void> {
    this.tables.sessions = this.tables.sessions.filter((s) => s.accountId !== accountId);
  }

  async endOthersOf(accountId: number, keepTokenHash: string): Promise<void> {
    this.tables.sessions = this.tables.sessions.filter((s) => s.accountId !== accountId || s.tokenHash === keepTokenHash);
  }

  async endExpiredOf(accountId: number, now: Date): Promise<void> {
    this.tables.sessions = this.tables.sessions.filter((s) => s.accountId !== accountId || s.expiresAt >= now);
  }
}

export class InMemoryCalendarYears implements RepositoryShape<CalendarYears> {
  /** Runs before a first save inserts its year: a spec lets another save commit in between. */
  beforeFirstInsert: (() => void) | null = null;

  constructor(private readonly tables: Tables) {}

  async version(): Promise<number> {
    return this.tables.calendarYears.reduce((sum, y) => sum + y.revision, 0);
  }

  async enteredYears(): Promise<number[]> {
    return this.tables.calendarYears.map((y) => y.year);
  }

  async allDays(): Promise<CalendarDay[]> {
    return copy(this.tables.calendarDays);
  }

  async findYear(year: number): Promise<CalendarYear | null> {
    const row = this.tables.calendarYears.find((y) => y.year === year);
    return row ? clone(row) : null;
  }

  async bumpRevision(year: number, enteredById: number, enteredAt: Date): Promise<boolean> {
    const row = this.tables.calendarYears.find((y) => y.year === year);
    if (!row) return false;
    Object.assign(row, { revision: row.revision + 1, enteredById, enteredAt });
    return true;
  }

  async insertFirstRevision(year: number, enteredById: number, enteredAt: Date): Promise<void> {
    this.beforeFirstInsert?.();
    if (this.tables.calendarYears.some((y) => y.year === year)) throw uniqueViolation();
    this.tables.calendarYears.push({ year, revision: 1, enteredById, enteredAt });
  }

  async replaceDays(year: number, days: NewCalendarDay[]): Promise<void> {
    this.tables.calendarDays = [...this.tables.calendarDays.filter((d) => d.year !== year), ...days.map((d) => Object.assign(new CalendarDay(), d))];
  }
}

/**
 * The rows every in-memory store of one spec shares, with commit-or-roll-back transactions over them. A transaction
 * works on a copy and, when its work succeeds, the copy becomes the rows; whatever `between` does while the work runs
 * stands for another transaction that committed meanwhile.
 */
export class InMemoryDatabase {
  tables: Tables = emptyTables();

  async transaction<T>(work: (tables: Tables) => Promise<T>): Promise<T> {
    const working = copyTables(this.tables);
    const result = await work(working);
    this.tables = working;
    return result;
  }
}

export class InMemoryStaffStore extends StaffStore {
  constructor(readonly database: InMemoryDatabase) {
    super();
  }

  static on(tables: Tables): StaffRepositories {
    return {
      accounts: new InMemoryStaffAccounts(tables),
      sessions: new InMemoryStaffSessions(tables),
      agencies: new InMemoryAgencies(tables),
      audit: new AuditTrail(new InMemoryAuditLogs(tables)),
    };
  }

  repositories(): StaffRepositories {
    return InMemoryStaffStore.on(this.database.tables);
  }

  transaction<T>(work: (repositories: StaffRepositories) => Promise<T>): Promise<T> {
    return this.database.transaction((tables) => work(InMemoryStaffStore.on(tables)));
  }
}

export class InMemoryCalendarStore extends CalendarStore {
  /** Set on the years repository of every transaction: see InMemoryCalendarYears.beforeFirstInsert. */
  beforeFirstInsert: ((database: InMemoryDatabase) => void) | null = null;

  constructor(readonly database: InMemoryDatabase) {
    super();
  }

  private on(tables: Tables): CalendarRepositories {
    const years = new InMemoryCalendarYears(tables);
    if (this.beforeFirstInsert) {
      const hook = this.beforeFirstInsert;
      years.beforeFirstInsert = () => {
        hook(this.database);
        // The other save committed: this transaction now sees its row, as the database's unique index would.
        tables.calendarYears = copy(this.database.tables.calendarYears);
      };
    }
    return { years, accounts: new InMemoryStaffAccounts(tables), audit: new AuditTrail(new InMemoryAuditLogs(tables)) };
  }

  repositories(): CalendarRepositories {
    return this.on(this.database.tables);
  }

  transaction<T>(work: (repositories: CalendarRepositories) => Promise<T>): Promise<T> {
    return this.database.transaction((tables) => work(this.on(tables)));
  }
}

/** An agency row with the defaults the database would give. */
export function agencyRow(fields: Pick<Agency, 'id' | 'code' | 'name' | 'kind'> & Partial<Agency>): Agency {
  return { industry: null, description: '', hotline: null, sortOrder: 0, active: true, createdAt: new Date(0), updatedAt: new Date(0), ...fields };
}
