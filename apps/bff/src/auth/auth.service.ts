import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AuditAction, ErrorCode, LoginRequest, StaffMeView } from '@weimin/contracts';
import type { RequestOrigin } from '../audit/audit-trail';
import { DomainException } from '../common/errors/domain.exception';
import { SignInThrottle } from '../common/http/sign-in-throttle';
import type { AppConfig } from '../config/configuration';
import { PasswordHasher } from '../staff/password-hasher';
import type { StaffAccount } from '../staff/staff-account.entity';
import { assertPassword } from '../staff/staff.service';
import { StaffStore } from '../staff/staff.store';
import { hashSessionToken, newSessionToken } from './session-token';
import type { StaffCaller, StaffPrincipal } from './staff-principal';

/** docs/security.md §12: five failures lock the account for thirty minutes. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 30;
/** Refreshing lastSeenAt on every request would write on every read; once a minute is precise enough. */
const TOUCH_EVERY_MS = 60_000;

/** One message for an unknown user, a wrong password and a locked account: nothing to enumerate. */
const SIGN_IN_REFUSED = new DomainException(ErrorCode.Unauthenticated, '用户名或密码错误，或账号已被锁定');

@Injectable()
export class AuthService {
  private readonly idleMs: number;
  private readonly maxMs: number;

  constructor(
    private readonly store: StaffStore,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
    config: ConfigService<AppConfig, true>,
  ) {
    this.idleMs = config.get('auth.idleTimeoutMinutes', { infer: true }) * 60_000;
    this.maxMs = config.get('auth.sessionMaxHours', { infer: true }) * 3_600_000;
  }

  /**
   * Returns the new session's token (for the cookie) and who signed in. Throttled per address and per username before
   * the password is even checked; every refusal counts for both (docs/security.md §28).
   */
  async login(request: LoginRequest, origin: RequestOrigin): Promise<{ token: string; me: StaffMeView }> {
    const account = `staff:${request.username.toLowerCase()}`;
    await this.throttle.check(origin.ip, account);
    try {
      return await this.signIn(request, origin);
    } catch (error) {
      if (error === SIGN_IN_REFUSED) await this.throttle.failed(origin.ip, account);
      throw error;
    }
  }

  private async signIn(request: LoginRequest, origin: RequestOrigin): Promise<{ token: string; me: StaffMeView }> {
    const { accounts, audit } = this.store.repositories;
    const account = await accounts.findByUsername(request.username);
    const passwordMatches = await this.hasher.verify(account?.passwordHash ?? null, request.password);
    const now = new Date();

    if (!account) {
      await audit.recordAnonymous(origin, { action: AuditAction.LoginFailed, objectType: 'staff_account' });
      throw SIGN_IN_REFUSED;
    }
    if (!account.active || (account.lockedUntil && account.lockedUntil > now)) {
      await audit.recordForAccount(account, origin, {
        action: AuditAction.LoginFailed,
        objectType: 'staff_account',
        objectId: account.id,
        reason: account.active ? 'locked' : 'disabled',
      });
      throw SIGN_IN_REFUSED;
    }
    if (!passwordMatches) {
      await this.recordFailure(account, origin, now);
      throw SIGN_IN_REFUSED;
    }

    const token = newSessionToken();
    await this.store.transaction(async ({ accounts, sessions, audit }) => {
      await accounts.update(account.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
      await sessions.open({
        tokenHash: hashSessionToken(token),
        accountId: account.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.maxMs),
      });
      // Sessions of this account that ran out and were never presented again.
      await sessions.endExpiredOf(account.id, now);
      await audit.recordForAccount(account, origin, { action: AuditAction.LoginSucceeded, objectType: 'staff_account', objectId: account.id });
    });
    return { token, me: await this.me(account.id) };
  }

  private async recordFailure(account: StaffAccount, origin: RequestOrigin, now: Date): Promise<void> {
    await this.store.transaction(async ({ accounts, audit }) => {
      // Counted by the database so parallel attempts cannot lose an increment.
      const failedLogins = await accounts.countFailedLogin(account.id);
      const locks = failedLogins >= LOCK_AFTER_FAILURES;
      if (locks) await accounts.update(account.id, { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) });
      await audit.recordForAccount(account, origin, {
        action: locks ? AuditAction.LoginLocked : AuditAction.LoginFailed,
        objectType: 'staff_account',
        objectId: account.id,
        reason: locks ? `${LOCK_AFTER_FAILURES} failures` : 'wrong password',
      });
    });
  }

  /**
   * The principal behind a session token, or null when the token is unknown, idle too long, past its absolute
   * end, or its account is disabled. Ended sessions are deleted on the spot.
   */
  async authenticate(token: string): Promise<StaffPrincipal | null> {
    const tokenHash = hashSessionToken(token);
    const { accounts, sessions } = this.store.repositories;
    const session = await sessions.findByTokenHash(tokenHash);
    if (!session) return null;
    const now = Date.now();
    if (now - session.lastSeenAt.getTime() > this.idleMs || now > session.expiresAt.getTime()) {
      await sessions.end(tokenHash);
      return null;
    }
    const account = await accounts.findWithAgency(session.accountId);
    if (!account || !account.active || !account.agency) {
      await sessions.end(tokenHash);
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await sessions.touch(tokenHash, new Date(now));
    return { id: account.id, agencyId: account.agencyId, agencyKind: account.agency.kind, roles: account.roles, sessionTokenHash: tokenHash };
  }

  async me(accountId: number): Promise<StaffMeView> {
    const account = await this.store.repositories.accounts.findWithAgency(accountId);
    if (!account?.agency) throw DomainException.notFound('账号');
    const agency = account.agency;
    return {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      agency: { id: agency.id, name: agency.name, kind: agency.kind },
      idleTimeoutSeconds: this.idleMs / 1000,
    };
  }

  async logout(caller: StaffCaller): Promise<void> {
    await this.store.transaction(async ({ sessions, audit }) => {
      await sessions.end(caller.sessionTokenHash);
      await audit.recordStaff(caller, { action: AuditAction.Logout, objectType: 'staff_account', objectId: caller.id });
    });
  }

  /** Changing one's password ends every other session of the account. */
  async changePassword(caller: StaffCaller, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.store.repositories.accounts.findById(caller.id);
    if (!account) throw DomainException.notFound('账号');
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw new DomainException(ErrorCode.StaffCurrentPasswordWrong, '当前密码不正确', [{ field: 'currentPassword', messages: ['当前密码不正确'] }]);
    }
    assertPassword('newPassword', newPassword);
    const passwordHash = await this.hasher.hash(newPassword);
    await this.store.transaction(async ({ accounts, sessions, audit }) => {
      await accounts.update(account.id, { passwordHash });
      await sessions.endOthersOf(account.id, caller.sessionTokenHash);
      await audit.recordStaff(caller, { action: AuditAction.PasswordChanged, objectType: 'staff_account', objectId: account.id });
    });
  }
}
