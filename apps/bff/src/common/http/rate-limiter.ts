import { ErrorCode } from '@weimin/contracts';
import { DomainException } from '../errors/domain.exception';

export interface RateLimitResult {
  allowed: boolean;
  /** When refused: seconds until the oldest hit leaves the window (at least 1). 0 when allowed. */
  retryAfterSeconds: number;
}

/**
 * Where hits are counted: a sliding window per key. Kept narrow so that several BFF instances share one store:
 * RedisRateLimitStore (common/shared-state) when REDIS_URL is set, each instance's own memory otherwise.
 */
export interface RateLimitStore {
  /** Counts a hit on `key` if fewer than `limit` fell within the last `windowMs`; a refused hit is not counted. */
  hit(key: string, windowMs: number, limit: number, now?: number): Promise<RateLimitResult>;
  /** The answer `hit` would give, without counting anything. */
  peek(key: string, windowMs: number, limit: number, now?: number): Promise<RateLimitResult>;
  /** Takes back one hit counted on `key` at `at`, for a request that turned out to be no new action. */
  unhit(key: string, at: number): Promise<void>;
}

/** The one store of the BFF, for sign-in throttles and posting limits alike (SharedStateModule provides it). */
export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');

/** The store in this process's memory; idle keys are forgotten once there are many. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly hits = new Map<string, number[]>();
  /** Keys of several windows share the store: a key is idle only once the longest of them has passed. */
  private longestWindowMs = 0;

  async hit(key: string, windowMs: number, limit: number, now = Date.now()): Promise<RateLimitResult> {
    const result = this.judge(key, windowMs, limit, now);
    if (result.allowed) {
      this.hits.get(key)!.push(now);
      this.longestWindowMs = Math.max(this.longestWindowMs, windowMs);
      if (this.hits.size > 100_000) this.forgetIdle(this.longestWindowMs, now);
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

function throwIfRefused(answers: RateLimitResult[]): void {
  const refused = answers.filter((answer) => !answer.allowed);
  if (refused.length > 0) throw rateLimited(Math.max(...refused.map((answer) => answer.retryAfterSeconds)));
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

  /**
   * Counts a hit for every key, or throws 429 with the seconds until a place frees up. Requests racing for the last
   * place (in this instance or another one sharing the store) may all pass the first look; each key's hit is atomic
   * in the store, so the ones that lose take back what they counted and are refused: no key ever counts past the limit.
   */
  async take(keys: string[], now = Date.now()): Promise<void> {
    const answers = await Promise.all(keys.map((key) => this.store.peek(key, this.windowMs, this.limit, now)));
    throwIfRefused(answers);
    const hits = await Promise.all(keys.map((key) => this.store.hit(key, this.windowMs, this.limit, now)));
    if (hits.every((hit) => hit.allowed)) return;
    await Promise.all(keys.filter((_, index) => hits[index].allowed).map((key) => this.store.unhit(key, now)));
    throwIfRefused(hits);
  }

  /** Takes back the hits counted by `take(keys, at)`, for a request that turned out to be no new action. */
  async giveBack(keys: string[], at: number): Promise<void> {
    await Promise.all(keys.map((key) => this.store.unhit(key, at)));
  }
}
