import type { DataSource, EntityManager } from 'typeorm';
import { transactionWithRetry } from './transaction-retry';

/** A feature's repositories inside one transaction, with the transaction's EntityManager for collaborators of other features that still take one (audit, calendar). */
export type InTransaction<R> = R & { manager: EntityManager };

/**
 * How a service reaches its feature's data: the feature's repositories, bound either to the default connection
 * (`repositories`: each statement on its own) or to one transaction (`transaction`). Services depend on this, never on
 * the DataSource, so a service spec can hand them an in-memory store (test/support/in-memory/).
 */
export interface Store<R> {
  /** The repositories on the default connection. */
  readonly repositories: R;
  /**
   * Runs `work` in one transaction; `retry` runs it again when the database resolved a deadlock or a lock wait by
   * failing it (transactionWithRetry, docs/security.md §25), so `work` must then do nothing outside the database.
   */
  transaction<T>(work: (tx: InTransaction<R>) => Promise<T>, options?: { retry?: boolean }): Promise<T>;
}

/**
 * The TypeORM store: `bind` builds the feature's repositories over an EntityManager. A feature declares its store as an
 * abstract class (the Nest token) and provides it with `useFactory: (dataSource) => new TypeOrmStore(dataSource, bind)`.
 */
export class TypeOrmStore<R> implements Store<R> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bind: (manager: EntityManager) => R,
  ) {}

  get repositories(): R {
    return this.bind(this.dataSource.manager);
  }

  transaction<T>(work: (tx: InTransaction<R>) => Promise<T>, options: { retry?: boolean } = {}): Promise<T> {
    const run = (manager: EntityManager) => work({ ...this.bind(manager), manager });
    return options.retry ? transactionWithRetry(this.dataSource, run) : this.dataSource.transaction(run);
  }
}

/** The public methods of a repository class: what an in-memory stand-in implements. */
export type RepositoryOf<T> = { [K in keyof T]: T[K] };
