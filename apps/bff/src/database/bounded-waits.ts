import type { DataSource, QueryRunner } from 'typeorm';

/** How long a request may wait on MySQL (docs/security.md §30): for a connection, and for each query's answer. */
export interface DatabaseBounds {
  connectTimeoutMs: number;
  queryTimeoutMs: number;
}

type Callback = (error: (Error & { code?: string }) | null, ...results: unknown[]) => void;

/** The parts of mysql2's pool and pooled connection used here. */
interface MysqlConnection {
  query: (sql: unknown, values?: unknown, callback?: Callback) => unknown;
  destroy: () => void;
  stream?: { destroy?: () => void };
}
interface MysqlPool {
  getConnection: (callback: (error: Error | null, connection?: MysqlConnection & { release: () => void }) => void) => void;
}
interface MysqlPoolCluster {
  getConnection: (pattern: string, callback: (error: Error | null, connection?: MysqlConnection & { release: () => void }) => void) => void;
}

const bounded = new WeakSet<MysqlConnection>();
const unbounded = new WeakSet<MysqlConnection>();

/**
 * A database that stops answering without closing its connections (a frozen network path) would otherwise hold
 * every request until it answers again. mysql2 bounds the handshake of a new connection (`connectTimeout`) and a
 * query given a `timeout`, but not the wait for a free connection of the pool, and TypeORM passes a query timeout
 * only together with its slow-query log, which prints parameters (personal data, docs/security.md §22). So the pool
 * TypeORM made is wrapped here, once, at start:
 * - a request waits at most `connectTimeoutMs` for a connection (a free one, or a new one's handshake);
 * - every query on it is given `queryTimeoutMs`; a connection whose query ran out is closed, since its protocol
 *   state is unknown and the next query on it would wait behind the lost one.
 * Both failures carry codes the error filter answers with 503 (common/errors/database-unavailable.ts).
 */
export function boundMysqlWaits(dataSource: DataSource, bounds: DatabaseBounds): void {
  const driver = dataSource.driver as unknown as { pool?: MysqlPool; poolCluster?: MysqlPoolCluster };
  if (driver.poolCluster) {
    // With read replicas (DB_REPLICA_HOSTS) TypeORM asks a cluster of pools, by name: the same bounds for each.
    const cluster = driver.poolCluster;
    const getClusterConnection = cluster.getConnection.bind(cluster);
    cluster.getConnection = (pattern, callback) => boundedAcquire((done) => getClusterConnection(pattern, done), bounds, callback);
    return;
  }
  const pool = driver.pool;
  if (!pool) return;
  const getConnection = pool.getConnection.bind(pool);
  pool.getConnection = (callback) => boundedAcquire(getConnection, bounds, callback);
}

type Acquire = (callback: (error: Error | null, connection?: MysqlConnection & { release: () => void }) => void) => void;

function boundedAcquire(getConnection: Acquire, bounds: DatabaseBounds, callback: Parameters<Acquire>[0]): void {
  let waiting = true;
  const timer = setTimeout(() => {
    waiting = false;
    callback(Object.assign(new Error(`No database connection within ${bounds.connectTimeoutMs} ms`), { code: 'POOL_ACQUIRE_TIMEOUT' }));
  }, bounds.connectTimeoutMs);
  getConnection((error, connection) => {
    if (!waiting) {
      // Came too late: the request has been answered already.
      connection?.release();
      return;
    }
    waiting = false;
    clearTimeout(timer);
    if (connection) boundQueries(connection, bounds.queryTimeoutMs);
    callback(error, connection);
  });
}

function boundQueries(connection: MysqlConnection, timeoutMs: number): void {
  if (bounded.has(connection)) return;
  bounded.add(connection);
  const query = connection.query.bind(connection);
  connection.query = (sql, values, callback) => {
    if (typeof values === 'function') [values, callback] = [undefined, values as Callback];
    const plain = typeof sql === 'string' || (typeof sql === 'object' && sql !== null && Object.getPrototypeOf(sql) === Object.prototype);
    if (unbounded.has(connection) || !plain || !callback) return query(sql, values, callback);
    const options = typeof sql === 'string' ? { sql, timeout: timeoutMs } : { timeout: timeoutMs, ...(sql as object) };
    return query(options, values, (error, ...results) => {
      if (error?.code === 'PROTOCOL_SEQUENCE_TIMEOUT') {
        connection.destroy();
        connection.stream?.destroy?.();
      }
      callback!(error, ...results);
    });
  };
}

/**
 * Start-up work that may rightly take long (waiting for another instance's start-up lock, a migration rebuilding a
 * large table) runs on one connection exempt from the query bound; every other connection stays bounded.
 */
export async function withUnboundedQueries<T>(runner: QueryRunner, work: () => Promise<T>): Promise<T> {
  await runner.connect();
  const connection = (runner as unknown as { databaseConnection?: MysqlConnection }).databaseConnection;
  if (connection) unbounded.add(connection);
  try {
    return await work();
  } finally {
    if (connection) unbounded.delete(connection);
  }
}
