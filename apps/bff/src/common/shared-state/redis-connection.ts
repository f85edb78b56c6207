import { Logger } from '@nestjs/common';
import { ErrorCode } from '@weimin/contracts';
import Redis from 'ioredis';
import { DomainException } from '../errors/domain.exception';

/** The Redis connection shared by this instance's stores, or null when REDIS_URL is unset (one instance, in memory). */
export const REDIS = Symbol('REDIS');
/** Prefix of every key and channel this deployment uses in Redis (REDIS_KEY_PREFIX), so several may share one server. */
export const REDIS_KEY_PREFIX = Symbol('REDIS_KEY_PREFIX');

/** Longest wait for one Redis command: past it the request is answered 503, never left hanging. */
const COMMAND_TIMEOUT_MS = 2_000;

/**
 * One connection to Redis. Commands sent while it reconnects wait for it (bounded by the command timeout); a Redis that
 * stays away makes the requests that need it answer 503 (docs/security.md §30) while the rest of the BFF keeps serving.
 */
export function connectRedis(url: string, name = 'Redis'): Redis {
  const logger = new Logger(name);
  const client = new Redis(url, {
    commandTimeout: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let reported = false;
  client.on('error', (error: Error) => {
    // ioredis repeats the same error at every reconnection attempt: one line per outage is enough.
    if (!reported) logger.warn({ msg: 'Redis connection failed; retrying', error: error.message });
    reported = true;
  });
  client.on('ready', () => {
    if (reported) logger.log({ msg: 'Redis connection back' });
    reported = false;
  });
  return client;
}

/** What a request answers when Redis cannot be reached: 503, try again later. */
export function sharedStateUnavailable(error: unknown): DomainException {
  new Logger('Redis').warn({ msg: 'Redis command failed', error: (error as Error)?.message ?? String(error) });
  return new DomainException(ErrorCode.ServiceUnavailable, '服务暂时不可用，请稍后再试');
}
