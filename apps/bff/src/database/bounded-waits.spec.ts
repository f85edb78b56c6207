import type { DataSource, QueryRunner } from 'typeorm';
import { boundMysqlWaits, withUnboundedQueries } from './bounded-waits';

type Callback = (error: (Error & { code?: string }) | null, ...results: unknown[]) => void;

/** A stand-in for mysql2's pool: hands out `connection` when the test says so, records the queries it receives. */
function fakePool() {
  const received: unknown[] = [];
  let answer: Callback | undefined;
  const connection = {
    query: (sql: unknown, _values: unknown, callback: Callback) => {
      received.push(sql);
      answer = callback;
    },
    destroy: jest.fn(),
    release: jest.fn(),
  };
  let hand: ((error: Error | null, c?: typeof connection) => void) | undefined;
  const pool = { getConnection: (callback: typeof hand) => (hand = callback) };
  return {
    dataSource: { driver: { pool } } as unknown as DataSource,
    pool,
    connection,
    received,
    giveConnection: () => hand!(null, connection),
    answerQuery: (error: (Error & { code?: string }) | null) => answer!(error),
  };
}

const acquire = (pool: { getConnection: (cb: Callback) => void }) =>
  new Promise<{ error: (Error & { code?: string }) | null; connection?: unknown }>((resolve) =>
    pool.getConnection((error, connection) => resolve({ error, connection })),
  );

describe('bounded MySQL waits', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('gives up waiting for a connection after connectTimeoutMs, and returns one that comes too late', async () => {
    const fake = fakePool();
    boundMysqlWaits(fake.dataSource, { connectTimeoutMs: 1000, queryTimeoutMs: 2000 });
    const waiting = acquire(fake.pool as never);
    jest.advanceTimersByTime(1000);
    expect((await waiting).error?.code).toBe('POOL_ACQUIRE_TIMEOUT');
    fake.giveConnection();
    expect(fake.connection.release).toHaveBeenCalled();
  });

  it('gives every query a timeout and closes a connection whose query ran out', async () => {
    const fake = fakePool();
    boundMysqlWaits(fake.dataSource, { connectTimeoutMs: 1000, queryTimeoutMs: 2000 });
    const waiting = acquire(fake.pool as never);
    fake.giveConnection();
    const { connection } = (await waiting) as { connection: typeof fake.connection };
    const done = jest.fn();
    connection.query('SELECT 1', [], done);
    expect(fake.received).toEqual([{ sql: 'SELECT 1', timeout: 2000 }]);
    fake.answerQuery(Object.assign(new Error('Query inactivity timeout'), { code: 'PROTOCOL_SEQUENCE_TIMEOUT' }));
    expect(fake.connection.destroy).toHaveBeenCalled();
    expect(done.mock.calls[0][0].code).toBe('PROTOCOL_SEQUENCE_TIMEOUT');
  });

  it('leaves start-up work unbounded on its own connection only', async () => {
    const fake = fakePool();
    boundMysqlWaits(fake.dataSource, { connectTimeoutMs: 1000, queryTimeoutMs: 2000 });
    const runner = {
      connect: async () => {
        const { connection } = await acquire(fake.pool as never);
        (runner as { databaseConnection?: unknown }).databaseConnection = connection;
      },
    };
    const started = withUnboundedQueries(runner as unknown as QueryRunner, async () => {
      fake.connection.query("SELECT GET_LOCK('x', 600)", [], jest.fn());
    });
    fake.giveConnection();
    await started;
    fake.connection.query('SELECT 2', [], jest.fn());
    expect(fake.received).toEqual(["SELECT GET_LOCK('x', 600)", { sql: 'SELECT 2', timeout: 2000 }]);
  });
});
