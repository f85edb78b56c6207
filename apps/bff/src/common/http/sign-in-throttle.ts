import { Inject, Injectable, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../../config/configuration';
import { RATE_LIMIT_STORE, rateLimited, RateLimitResult, RateLimitStore } from './rate-limiter';

export { RATE_LIMIT_STORE };

const THROTTLED_MESSAGE = '登录尝试过于频繁，请稍后再试';

/**
 * Sign-in throttling for staff and citizens (docs/security.md §28), beside the staff lockout (5 failures → 30 minutes,
 * docs/security.md §12), which stays as it is.
 *
 * - Per source address: failed sign-ins (`SIGN_IN_FAILURES_PER_ADDRESS` per `SIGN_IN_ADDRESS_WINDOW_MINUTES`). Spraying
 *   many usernames, or replaying WeChat codes, from one address is refused with 429 once the address is full, whatever
 *   the password. Only that address waits: the key is the address alone, so an attacker filling it holds back nobody
 *   at another address, and successful sign-ins never count, so colleagues behind one office address are not locked
 *   out by their own daily sign-ins.
 * - Per account: a short window (`SIGN_IN_ATTEMPTS_PER_ACCOUNT` per `SIGN_IN_ACCOUNT_WINDOW_MINUTES`, at most 60):
 *   staff failures per username, known or not (so the answer tells nothing about which exist), and citizen sign-ins per
 *   WeChat user. A refused attempt is not counted, so whoever sends attempts for someone else's account holds it back
 *   for one short window at most after they stop, and the Retry-After says so.
 */
@Injectable()
export class SignInThrottle {
  private readonly limits: AppConfig['signIn'];

  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    config: ConfigService<AppConfig, true>,
  ) {
    this.limits = config.get('signIn', { infer: true });
  }

  /** Before a sign-in is tried: 429 when the address, or the account when known, is full. Counts nothing. */
  async check(address: string | null, account?: string): Promise<void> {
    const answers = [await this.store.peek(addressKey(address), this.limits.addressWindowMs, this.limits.failuresPerAddress)];
    if (account !== undefined) answers.push(await this.store.peek(accountKey(account), this.limits.accountWindowMs, this.limits.attemptsPerAccount));
    throwIfRefused(answers);
  }

  /** After a failed sign-in: counts it for the address and, when known, the account. */
  async failed(address: string | null, account?: string): Promise<void> {
    await this.store.hit(addressKey(address), this.limits.addressWindowMs, this.limits.failuresPerAddress);
    if (account !== undefined) await this.store.hit(accountKey(account), this.limits.accountWindowMs, this.limits.attemptsPerAccount);
  }

  /** Counts a sign-in for an account known only once it is done (a citizen's WeChat user); 429 when it is full. */
  async attempt(account: string): Promise<void> {
    throwIfRefused([await this.store.hit(accountKey(account), this.limits.accountWindowMs, this.limits.attemptsPerAccount)]);
  }
}

const addressKey = (address: string | null) => `sign-in:address:${address ?? 'unknown'}`;
const accountKey = (account: string) => `sign-in:account:${account}`;

function throwIfRefused(answers: RateLimitResult[]): void {
  const refused = answers.filter((answer) => !answer.allowed);
  if (refused.length > 0) throw rateLimited(Math.max(...refused.map((answer) => answer.retryAfterSeconds)), THROTTLED_MESSAGE);
}

/**
 * One throttle for staff and citizen sign-in alike (imported by both modules; Nest shares the instance), on the store
 * SharedStateModule provides: Redis with REDIS_URL, so the limits hold across instances; memory otherwise.
 */
@Module({
  providers: [SignInThrottle],
  exports: [SignInThrottle],
})
export class SignInThrottleModule {}
