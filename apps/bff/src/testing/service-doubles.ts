// What service-tier specs need besides the repositories: configuration, a fast password hasher, callers.
import { ConfigService } from '@nestjs/config';
import type { StaffRole } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { MemoryRateLimitStore } from '../common/http/rate-limiter';
import { SignInThrottle } from '../common/http/sign-in-throttle';
import type { AppConfig } from '../config/configuration';
import { PasswordHasher } from '../staff/password-hasher';

/** The parts of the configuration the account services read, with the defaults of config/default.env. */
export function testConfig(overrides: Partial<Pick<AppConfig, 'auth' | 'signIn'>> = {}): ConfigService<AppConfig, true> {
  return new ConfigService<AppConfig, true>({
    auth: { idleTimeoutMinutes: 30, sessionMaxHours: 12, secureCookie: false, ...overrides.auth },
    signIn: { failuresPerAddress: 20, addressWindowMs: 15 * 60_000, attemptsPerAccount: 10, accountWindowMs: 5 * 60_000, ...overrides.signIn },
  } as AppConfig);
}

export function memoryThrottle(config = testConfig()): SignInThrottle {
  return new SignInThrottle(new MemoryRateLimitStore(), config);
}

/** argon2 costs 64 MiB and three passes per call; the rules around it do not depend on which hash it is. */
export class PlainPasswordHasher extends PasswordHasher {
  readonly verified: string[] = [];

  override async hash(password: string): Promise<string> {
    return `plain:${password}`;
  }

  override async verify(hash: string | null, password: string): Promise<boolean> {
    this.verified.push(password);
    return hash === `plain:${password}`;
  }
}

export function caller(id: number, agencyId: number, roles: StaffRole[], agencyKind: StaffCaller['agencyKind'] = 'office'): StaffCaller {
  return { id, agencyId, agencyKind, roles, sessionTokenHash: `session-of-${id}`, ip: '203.0.113.9', traceId: `trace-${id}` };
}
