import type { DataSource } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import { isTransientConflict, transactionWithRetry } from './transaction-retry';

const driverError = (code: string, errno?: number) => Object.assign(new Error(code), { code, errno });
const failed = (code: string, errno?: number) => new QueryFailedError('INSERT …', [], driverError(code, errno));

/** A data source whose transactions fail with the given errors, one per attempt, then succeed. */
function dataSourceFailing(...errors: Error[]) {
  let attempts = 0;
  const dataSource = {
    transaction: async (work: (manager: unknown) => Promise<unknown>) => {
      attempts++;
      const error = errors.shift();
      if (error) throw error;
      return work({});
    },
  } as unknown as DataSource;
  return { dataSource, attempts: () => attempts };
}

describe('transaction retry', () => {
  it('knows deadlocks, lock wait timeouts and a busy SQLite file, bare or wrapped', () => {
    expect(isTransientConflict(failed('ER_LOCK_DEADLOCK', 1213))).toBe(true);
    expect(isTransientConflict(failed('ER_LOCK_WAIT_TIMEOUT', 1205))).toBe(true);
    expect(isTransientConflict(driverError('SQLITE_BUSY'))).toBe(true);
    expect(isTransientConflict(failed('ER_DUP_ENTRY', 1062))).toBe(false);
    expect(isTransientConflict(new Error('boom'))).toBe(false);
    expect(isTransientConflict(null)).toBe(false);
  });

  it('runs the transaction again after a deadlock', async () => {
    const { dataSource, attempts } = dataSourceFailing(failed('ER_LOCK_DEADLOCK', 1213), failed('ER_LOCK_WAIT_TIMEOUT', 1205));
    await expect(transactionWithRetry(dataSource, async () => 42)).resolves.toBe(42);
    expect(attempts()).toBe(3);
  });

  it('passes any other error on at once', async () => {
    const { dataSource, attempts } = dataSourceFailing(failed('ER_DUP_ENTRY', 1062));
    await expect(transactionWithRetry(dataSource, async () => 42)).rejects.toThrow('ER_DUP_ENTRY');
    expect(attempts()).toBe(1);
  });

  it('gives up after the last attempt', async () => {
    const deadlocks = Array.from({ length: 5 }, () => failed('ER_LOCK_DEADLOCK', 1213));
    const { dataSource, attempts } = dataSourceFailing(...deadlocks);
    await expect(transactionWithRetry(dataSource, async () => 42, 3)).rejects.toThrow('ER_LOCK_DEADLOCK');
    expect(attempts()).toBe(3);
  });
});
