import type { Provider } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogs } from '../audit/audit-log.repository';
import { AuditTrail } from '../audit/audit-trail';
import { CalendarYears } from '../calendar/calendar.repository';
import { OutboxRepository } from '../outbox/outbox.repository';
import { transactionWithRetry } from './transaction-retry';

/**
 * The public methods of a repository class: what a service may call, and what an in-memory double in a service-tier
 * spec implements (`class InMemoryAuditLogs implements RepositoryOf<AuditLogs>`). The TypeORM class keeps its
 * EntityManager private; the shape leaves it out.
 */
export type RepositoryOf<T> = { [K in keyof T]: T[K] };

/**
 * What every unit of work carries besides the feature's own repositories, bound to the same connection or transaction,
 * so a change and the rows other features keep about it commit or fail together. No service hands another feature's
 * service an EntityManager: it writes through these.
 */
export interface SharedRepositories {
  /** Who did what (audit/audit-trail.ts): `tx.audit.recordStaff(caller, event)`. */
  audit: AuditTrail;
  /** Notifications to send (docs/security.md §19): `tx.outbox.enqueue(kind, dedupeKey, recipientId, payload)`. */
  outbox: RepositoryOf<OutboxRepository>;
  /** The working calendar's stored years as this transaction sees them: `calendarService.fresh(tx.calendar)`. */
  calendar: RepositoryOf<CalendarYears>;
}

/** A feature's repositories `R` with the shared ones, all bound to one connection or one transaction. */
export type Repositories<R> = R & SharedRepositories;

/**
 * How a service reaches its feature's data. A feature declares its repositories once, as an interface and a `bind`
 * function, and its store as an abstract class (the Nest token) provided by `storeProvider`:
 *
 *     export abstract class NoticeStore extends Store<NoticeRepositories> {}
 *     export const NOTICE_STORE_PROVIDER = storeProvider(NoticeStore, (manager) => ({ notices: new Notices(manager) }));
 *
 * Services take the store, never the DataSource, so a service spec can hand them an in-memory one.
 */
export abstract class Store<R> {
  /** On the default connection: each statement on its own. */
  abstract readonly repositories: Repositories<R>;
  /**
   * Runs `work` in one transaction; `retry` runs it again when the database resolved a deadlock or a lock wait by
   * failing it (transactionWithRetry, docs/security.md §25), so `work` must then do nothing outside the database.
   */
  abstract transaction<T>(work: (tx: Repositories<R>) => Promise<T>, options?: { retry?: boolean }): Promise<T>;
}

/** The feature's repositories and the shared ones over `manager`: for work inside a transaction another part opened (start-up). */
export function repositoriesOn<R>(manager: EntityManager, bind: (manager: EntityManager) => R): Repositories<R> {
  return {
    audit: new AuditTrail(new AuditLogs(manager)),
    outbox: new OutboxRepository(manager),
    calendar: new CalendarYears(manager),
    ...bind(manager),
  };
}

/** The TypeORM store: `bind` builds the feature's repositories over an EntityManager. */
export class TypeOrmStore<R> extends Store<R> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bind: (manager: EntityManager) => R,
  ) {
    super();
  }

  get repositories(): Repositories<R> {
    return repositoriesOn(this.dataSource.manager, this.bind);
  }

  transaction<T>(work: (tx: Repositories<R>) => Promise<T>, options: { retry?: boolean } = {}): Promise<T> {
    const run = (manager: EntityManager) => work(repositoriesOn(manager, this.bind));
    return options.retry ? transactionWithRetry(this.dataSource, run) : this.dataSource.transaction(run);
  }
}

/** The Nest provider of a feature's store: its abstract class as the token, a TypeOrmStore over the app's DataSource. */
export function storeProvider<R>(token: abstract new () => Store<R>, bind: (manager: EntityManager) => R): Provider {
  return { provide: token, inject: [DataSource], useFactory: (dataSource: DataSource) => new TypeOrmStore(dataSource, bind) };
}
