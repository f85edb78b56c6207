import type { DataSource, EntityManager } from 'typeorm';

/**
 * Conflicts between concurrent transactions that the database resolves by failing one of them: a deadlock
 * (MySQL 1213), a lock wait that ran out (1205), SQLite's busy file. The transaction was rolled back whole, so
 * running it again is safe and usually succeeds at once.
 */
const TRANSIENT_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY']);
const TRANSIENT_ERRNOS = new Set([1213, 1205]);

export function isTransientConflict(error: unknown): boolean {
  const driverError =
    (error as { driverError?: { code?: unknown; errno?: unknown } } | null)?.driverError ?? (error as { code?: unknown; errno?: unknown } | null);
  return (
    (typeof driverError?.code === 'string' && TRANSIENT_CODES.has(driverError.code)) ||
    (typeof driverError?.errno === 'number' && TRANSIENT_ERRNOS.has(driverError.errno))
  );
}

/**
 * `dataSource.transaction(work)`, run again when it failed on a transient conflict (docs/security.md §25: a deadlock is
 * never a 500). `work` must do nothing outside the database that cannot be done twice. The waits grow and are
 * jittered so that the transactions that collided do not collide again.
 */
export async function transactionWithRetry<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (attempt >= attempts || !isTransientConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
    }
  }
}
