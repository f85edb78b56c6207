import { ErrorCode } from '@weimin/contracts';
import { DomainException } from '../errors/domain.exception';

/**
 * A sliding-window counter per key (docs/security.md §20): one citizen's limit never touches another's. Kept in this
 * process's memory, which is exact for one BFF instance; several instances each allow the limit.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts a hit for every key, or throws 429 with the seconds until the oldest hit leaves the window. */
  take(keys: string[], now = Date.now()): void {
    const windows = keys.map((key) => {
      const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
      this.hits.set(key, recent);
      return recent;
    });
    const full = windows.find((recent) => recent.length >= this.limit);
    if (full) {
      const retryAfter = Math.max(1, Math.ceil((full[0] + this.windowMs - now) / 1000));
      throw new DomainException(ErrorCode.RateLimited, '操作过于频繁，请稍后再试', { retryAfterSeconds: retryAfter });
    }
    windows.forEach((recent) => recent.push(now));
    if (this.hits.size > 100_000) this.forgetIdle(now);
  }

  /** Takes back the hits counted by `take(keys, at)`, for a request that turned out to be no new action. */
  giveBack(keys: string[], at: number): void {
    for (const key of keys) {
      const recent = this.hits.get(key);
      const index = recent?.lastIndexOf(at) ?? -1;
      if (index >= 0) recent!.splice(index, 1);
    }
  }

  private forgetIdle(now: number): void {
    for (const [key, recent] of this.hits) if (recent.every((t) => t <= now - this.windowMs)) this.hits.delete(key);
  }
}
