import { ErrorCode } from '@weimin/contracts';
import { DomainException } from '../errors/domain.exception';

export interface RateLimitResult {
  allowed: boolean;
  /** When refused: seconds until the oldest hit leaves the window (at least 1). 0 when allowed. */
  retryAfterSeconds: number;
}

/**
 * Where hits are counted: a sliding window per key. Kept narrow so that several BFF instances can share one store
 * (Redis) behind the same two calls; until then each instance counts in its own memory and each allows the limit.
 */
export interface RateLimitStore {
  /** Counts a hit on `key` if fewer than `limit` fell within the last `windowMs`; a refused hit is not counted. */
  hit(key: string, windowMs: number, limit: number, now?: number): Promise<RateLimitResult>;
  /** The answer `hit` would give, without counting anything. */
  peek(key: string, windowMs: number, limit: number, now?: number): Promise<RateLimitResult>;
  /** Takes back one hit counted on `key` at `at`, for a request that turned out to be no new action. */
  unhit(key: string, at: number): Promise<void>;
}

/** The store in this process's memory; idle keys are forgotten once there are many. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly hits = new Map<string, number[]>();

  async hit(key: string, windowMs: number, limit: number, now = Date.now()): Promise<RateLimitResult> {
    const result = this.judge(key, windowMs, limit, now);
    if (result.allowed) {
      this.hits.get(key)!.push(now);
      if (this.hits.size > 100_000) this.forgetIdle(windowMs, now);
    }
    return result;
  }

  async peek(key: string, windowMs: number, limit: number, now = Date.now()): Promise<RateLimitResult> {
    return this.judge(key, windowMs, limit, now);
  }

  async unhit(key: string, at: number): Promise<void> {
    const recent = this.hits.get(key);
    const index = recent?.lastIndexOf(at) ?? -1;
    if (index >= 0) recent!.splice(index, 1);
  }

  private judge(key: string, windowMs: number, limit: number, now: number): RateLimitResult {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - windowMs);
    this.hits.set(key, recent);
    if (recent.length < limit) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[recent.length - limit] + windowMs - now) / 1000)) };
  }

  private forgetIdle(windowMs: number, now: number): void {
    for (const [key, recent] of this.hits) if (recent.every((t) => t <= now - windowMs)) this.hits.delete(key);
  }
}

/** The 429 for a refused hit (docs/security.md §20); the global filter turns retryAfterSeconds into Retry-After. */
export function rateLimited(retryAfterSeconds: number, message = '操作过于频繁，请稍后再试'): DomainException {
  return new DomainException(ErrorCode.RateLimited, message, { retryAfterSeconds });
}

/**
 * One limit over several keys at once (docs/security.md §20): one citizen's limit never touches another's. A hit counts
 * for every key only when none of them is full.
 */
export class RateLimiter {
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly store: RateLimitStore = new MemoryRateLimitStore(),
  ) {}

  /** Counts a hit for every key, or throws 429 with the seconds until a place frees up. */
  async take(keys: string[], now = Date.now()): Promise<void> {
    const answers = await Promise.all(keys.map((key) => this.store.peek(key, this.windowMs, this.limit, now)));
    const refused = answers.filter((answer) => !answer.allowed);
    if (refused.length > 0) throw rateLimited(Math.max(...refused.map((answer) => answer.retryAfterSeconds)));
    await Promise.all(keys.map((key) => this.store.hit(key, this.windowMs, this.limit, now)));
  }

  /** Takes back the hits counted by `take(keys, at)`, for a request that turned out to be no new action. */
  async giveBack(keys: string[], at: number): Promise<void> {
    await Promise.all(keys.map((key) => this.store.unhit(key, at)));
  }
}
