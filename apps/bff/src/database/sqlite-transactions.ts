import type { DataSource } from 'typeorm';

/**
 * Embedded SQLite has one connection, and SQLite cannot open a transaction inside another: two requests each
 * starting one at the same moment would fail ("cannot start a transaction within a transaction"). Transactions
 * therefore take turns, in the order they were asked for. MySQL needs none of this (a pool, one connection each).
 */
export function serializeTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const run = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const turn = tail.then(() => run(...args));
    tail = turn.catch(() => undefined);
    return turn;
  }) as typeof manager.transaction;
}
