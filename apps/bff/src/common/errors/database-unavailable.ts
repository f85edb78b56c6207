/**
 * Driver codes of a database that cannot be reached or dropped the connection (mysql2 and Node's net), or that kept
 * failing a transaction on a conflict with others after it was retried (transaction-retry.ts). Such a request did not
 * fail for anything the caller did; it may succeed once the database is back, so it is answered 503.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  // No pooled connection within DB_CONNECT_TIMEOUT_MS (database/bounded-waits.ts).
  'POOL_ACQUIRE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'SQLITE_BUSY',
]);

/** True for a lost or refused database connection, bare or wrapped in TypeORM's QueryFailedError. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown }; fatal?: unknown } | null;
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}
