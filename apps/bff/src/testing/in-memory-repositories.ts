// In-memory doubles of the repositories, for service-tier specs (apps/bff/src/**/*.service.spec.ts and test/service):
// the services' rules run against them without a database. InMemoryStore is the double of a feature's store
// (database/unit-of-work.ts): its `transaction` works on a copy of the rows and keeps it only when the work succeeds,
// so a spec can also check that a refused step wrote nothing.
import type { Agency } from '../agencies/agency.entity';
import type { ActiveAgencyFilter, Agencies } from '../agencies/agency.repository';
import type { AuditLog } from '../audit/audit-log.entity';
import type { AuditLogFilter, AuditLogs, NewAuditEntry } from '../audit/audit-log.repository';
import { AuditTrail } from '../audit/audit-trail';
import type { StaffSession } from '../auth/staff-session.entity';
import { CalendarDay } from '../calendar/calendar-day.entity';
import type { CalendarYear } from '../calendar/calendar-year.entity';
import type { CalendarYears, NewCalendarDay } from '../calendar/calendar.repository';
import type { CalendarRepositories } from '../calendar/calendar.store';
import { type Repositories, type RepositoryOf, type SharedRepositories, Store } from '../database/unit-of-work';
import type { OutboxItem, OutboxKind } from '../outbox/outbox-item.entity';
import type { OutboxRepository, OutboxStatus } from '../outbox/outbox.repository';
import type { StaffAccount } from '../staff/staff-account.entity';
import type { NewStaffAccount, StaffAccountChange, StaffAccountFilter, StaffAccounts, StaffSessions } from '../staff/staff.repository';
import type { StaffRepositories } from '../staff/staff.store';

/** Every table the doubles keep, as plain rows. */
export interface Tables {
  agencies: Agency[];
  accounts: StaffAccount[];
  sessions: StaffSession[];
  audit: AuditLog[];
  calendarYears: CalendarYear[];
  calendarDays: CalendarDay[];
  outbox: OutboxItem[];
  /** Who the outbox sends citizen notices to. */
  citizens: Array<{ id: number; openid: string }>;
}

export function emptyTables(): Tables {
  return { agencies: [], accounts: [], sessions: [], audit: [], calendarYears: [], calendarDays: [], outbox: [], citizens: [] };
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
    outbox: copy(tables.outbox),
    citizens: copy(tables.citizens),
  };
}

const nextId = (rows: { id: number }[]) => rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;

export class InMemoryAuditLogs implements RepositoryOf<AuditLogs> {
  constructor(private readonly tables: Pick<Tables, 'audit'>) {}

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

export class InMemoryAgencies implements RepositoryOf<Agencies> {
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

export class InMemoryStaffAccounts implements RepositoryOf<StaffAccounts> {
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

export class InMemoryStaffSessions implements RepositoryOf<StaffSessions> {
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

export class InMemoryCalendarYears implements RepositoryOf<CalendarYears> {
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

export class InMemoryOutbox implements RepositoryOf<OutboxRepository> {
  constructor(private readonly data: Pick<Tables, 'outbox' | 'citizens'>) {}

  private find(id: number): OutboxItem {
    return this.data.outbox.find((i) => i.id === id)!;
  }

  async enqueue(kind: OutboxKind, dedupeKey: string, recipientId: number, payload: unknown, now = new Date()): Promise<void> {
    if (this.data.outbox.some((i) => i.dedupeKey === dedupeKey)) return;
    this.data.outbox.push({
      id: nextId(this.data.outbox),
      kind,
      dedupeKey,
      recipientId,
      payload: JSON.stringify(payload),
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      claimedUntil: null,
      lastError: null,
      createdAt: now,
      sentAt: null,
    });
  }

  async enqueueEach(kind: OutboxKind, items: ReadonlyArray<{ dedupeKey: string; recipientId: number; payload: unknown }>, now = new Date()): Promise<void> {
    for (const { dedupeKey, recipientId, payload } of items) await this.enqueue(kind, dedupeKey, recipientId, payload, now);
  }

  async findDue(now: Date, limit = 50): Promise<OutboxItem[]> {
    return this.data.outbox
      .filter((i) => i.status === 'pending' && i.nextAttemptAt <= now)
      .sort((a, b) => a.id - b.id)
      .slice(0, limit)
      .map(clone);
  }

  async findById(id: number): Promise<OutboxItem | null> {
    const item = this.data.outbox.find((i) => i.id === id);
    return item ? clone(item) : null;
  }

  async listWithStatus(statuses: readonly OutboxStatus[], limit = 200): Promise<OutboxItem[]> {
    return this.data.outbox
      .filter((i) => statuses.includes(i.status))
      .sort((a, b) => b.id - a.id)
      .slice(0, limit)
      .map(clone);
  }

  async claim(id: number, until: Date): Promise<boolean> {
    const item = this.find(id);
    if (item.status !== 'pending') return false;
    Object.assign(item, { status: 'sending', claimedUntil: until, attempts: item.attempts + 1 });
    return true;
  }

  async markSent(id: number, at: Date): Promise<void> {
    Object.assign(this.find(id), { status: 'sent', sentAt: at, claimedUntil: null });
  }

  async markUnsent(id: number, status: 'skipped' | 'failed' | 'dead' | 'unknown', lastError: string): Promise<void> {
    Object.assign(this.find(id), { status, lastError, claimedUntil: null });
  }

  async scheduleRetry(id: number, lastError: string, at: Date): Promise<void> {
    Object.assign(this.find(id), { status: 'pending', lastError, claimedUntil: null, nextAttemptAt: at });
  }

  async resend(id: number, now: Date): Promise<void> {
    Object.assign(this.find(id), { status: 'pending', attempts: 0, nextAttemptAt: now, claimedUntil: null, lastError: null });
  }

  async buryAbandoned(now: Date, kind: OutboxKind, status: 'dead' | 'unknown', lastError: string): Promise<void> {
    for (const item of this.data.outbox.filter((i) => i.status === 'sending' && i.kind === kind && i.claimedUntil !== null && i.claimedUntil < now)) {
      Object.assign(item, { status, lastError, claimedUntil: null });
    }
  }

  async citizenOpenid(citizenId: number): Promise<string> {
    const citizen = this.data.citizens.find((c) => c.id === citizenId);
    if (!citizen) throw new Error(`no citizen ${citizenId}`);
    return citizen.openid;
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

/** The shared repositories of every unit of work (database/unit-of-work.ts) over one set of rows. */
export function sharedOn(tables: Tables): SharedRepositories {
  return { audit: new AuditTrail(new InMemoryAuditLogs(tables)), outbox: new InMemoryOutbox(tables), calendar: new InMemoryCalendarYears(tables) };
}

/** A feature's store over an InMemoryDatabase: `bind` builds its repositories, shared ones included, over a set of rows. */
export class InMemoryStore<R> extends Store<R> {
  /** How many units of work ran. */
  transactions = 0;

  constructor(
    readonly database: InMemoryDatabase,
    private readonly bind: (tables: Tables) => Repositories<R>,
  ) {
    super();
  }

  get repositories(): Repositories<R> {
    return this.bind(this.database.tables);
  }

  transaction<T>(work: (tx: Repositories<R>) => Promise<T>): Promise<T> {
    this.transactions += 1;
    return this.database.transaction((tables) => work(this.bind(tables)));
  }
}

export class InMemoryStaffStore extends InMemoryStore<StaffRepositories> {
  constructor(database: InMemoryDatabase) {
    super(database, (tables) => ({
      ...sharedOn(tables),
      accounts: new InMemoryStaffAccounts(tables),
      sessions: new InMemoryStaffSessions(tables),
      agencies: new InMemoryAgencies(tables),
    }));
  }
}

export class InMemoryCalendarStore extends InMemoryStore<CalendarRepositories> {
  /** Set on the years repository of every transaction: see InMemoryCalendarYears.beforeFirstInsert. */
  beforeFirstInsert: ((database: InMemoryDatabase) => void) | null = null;

  constructor(database: InMemoryDatabase) {
    super(database, (tables) => {
      const years = new InMemoryCalendarYears(tables);
      if (this.beforeFirstInsert) {
        const hook = this.beforeFirstInsert;
        years.beforeFirstInsert = () => {
          hook(this.database);
          // The other save committed: this transaction now sees its row, as the database's unique index would.
          tables.calendarYears = copy(this.database.tables.calendarYears);
        };
      }
      return { ...sharedOn(tables), calendar: years, accounts: new InMemoryStaffAccounts(tables) };
    });
  }
}

/** An agency row with the defaults the database would give. */
export function agencyRow(fields: Pick<Agency, 'id' | 'code' | 'name' | 'kind'> & Partial<Agency>): Agency {
  return { industry: null, description: '', hotline: null, sortOrder: 0, active: true, createdAt: new Date(0), updatedAt: new Date(0), ...fields };
}
