import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import type { RateLimitResult, RateLimitStore } from '../http/rate-limiter';
import { sharedStateUnavailable } from './redis-connection';

/**
 * The sliding window of one key, as a sorted set of hits scored by their time. Each script runs atomically in Redis,
 * so instances hitting the same key at once never count past the limit (docs/security.md §20, §28).
 * ARGV: now, windowMs, limit, member (hit only). Answer: {1, 0} allowed, {0, oldest counted hit} refused.
 */
const JUDGE = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
if count < limit then
  if ARGV[4] then
    redis.call('ZADD', key, now, ARGV[4])
    redis.call('PEXPIRE', key, window)
  end
  return {1, 0}
end
local oldest = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
return {0, tonumber(oldest[2])}
`;

/** Takes back one hit counted at ARGV[1]. */
const UNHIT = `
local hits = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[1], 'LIMIT', 0, 1)
if hits[1] then redis.call('ZREM', KEYS[1], hits[1]) end
return 0
`;

/** The rate-limit store shared by every instance through Redis (REDIS_URL). Same answers as MemoryRateLimitStore. */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  hit(key: string, windowMs: number, limit: number, now = Date.now()): Promise<RateLimitResult> {
    return this.judge(key, windowMs, limit, now, `${now}:${randomBytes(6).toString('base64url')}`);
  }

  peek(key: string, windowMs: number, limit: number, now = Date.now()): Promise<RateLimitResult> {
    return this.judge(key, windowMs, limit, now);
  }

  async unhit(key: string, at: number): Promise<void> {
    try {
      await this.redis.eval(UNHIT, 1, this.keyOf(key), at);
    } catch (error) {
      throw sharedStateUnavailable(error);
    }
  }

  private async judge(key: string, windowMs: number, limit: number, now: number, member?: string): Promise<RateLimitResult> {
    let answer: [number, number];
    try {
      const args: Array<string | number> = [now, windowMs, limit, ...(member ? [member] : [])];
      answer = (await this.redis.eval(JUDGE, 1, this.keyOf(key), ...args)) as [number, number];
    } catch (error) {
      throw sharedStateUnavailable(error);
    }
    if (answer[0] === 1) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((answer[1] + windowMs - now) / 1000)) };
  }

  private keyOf(key: string): string {
    return `${this.prefix}rate:${key}`;
  }
}
