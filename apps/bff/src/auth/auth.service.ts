import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, ErrorCode, LoginRequest, StaffMeView } from '@weimin/contracts';
import { DataSource, LessThan } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AuditService, RequestOrigin } from '../audit/audit.service';
import { DomainException } from '../common/errors/domain.exception';
import { SignInThrottle } from '../common/http/sign-in-throttle';
import type { AppConfig } from '../config/configuration';
import { PasswordHasher } from '../staff/password-hasher';
import { passwordProblems } from '../staff/password-policy';
import { StaffAccount } from '../staff/staff-account.entity';
import { hashSessionToken, newSessionToken } from './session-token';
import type { StaffCaller, StaffPrincipal } from './staff-principal';
import { StaffSession } from './staff-session.entity';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
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
    const account = await this.dataSource.getRepository(StaffAccount).findOneBy({ username: request.username });
    const passwordMatches = await this.hasher.verify(account?.passwordHash ?? null, request.password);
    const now = new Date();

    if (!account) {
      await this.audit.recordAnonymous(this.dataSource.manager, origin, { action: AuditAction.LoginFailed, objectType: 'staff_account' });
      throw SIGN_IN_REFUSED;
    }
    if (!account.active || (account.lockedUntil && account.lockedUntil > now)) {
      await this.audit.recordForAccount(this.dataSource.manager, account, origin, {
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
    await this.dataSource.transaction(async (manager) => {
      await manager.update(StaffAccount, account.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
      await manager.insert(StaffSession, {
        tokenHash: hashSessionToken(token),
        accountId: account.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.maxMs),
      });
      // Sessions of this account that ran out and were never presented again.
      await manager.delete(StaffSession, { accountId: account.id, expiresAt: LessThan(now) });
      await this.audit.recordForAccount(manager, account, origin, { action: AuditAction.LoginSucceeded, objectType: 'staff_account', objectId: account.id });
    });
    return { token, me: await this.me(account.id) };
  }

  private async recordFailure(account: StaffAccount, origin: RequestOrigin, now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Counted in SQL so parallel attempts cannot lose an increment.
      await manager.increment(StaffAccount, { id: account.id }, 'failedLogins', 1);
      const { failedLogins } = await manager.findOneByOrFail(StaffAccount, { id: account.id });
      const locks = failedLogins >= LOCK_AFTER_FAILURES;
      if (locks) {
        await manager.update(StaffAccount, account.id, { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) });
      }
      await this.audit.recordForAccount(manager, account, origin, {
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
    const sessions = this.dataSource.getRepository(StaffSession);
    const session = await sessions.findOneBy({ tokenHash });
    if (!session) return null;
    const now = Date.now();
    if (now - session.lastSeenAt.getTime() > this.idleMs || now > session.expiresAt.getTime()) {
      await sessions.delete({ tokenHash });
      return null;
    }
    const account = await this.dataSource.getRepository(StaffAccount).findOne({ where: { id: session.accountId }, relations: { agency: true } });
    if (!account || !account.active || !account.agency) {
      await sessions.delete({ tokenHash });
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await sessions.update({ tokenHash }, { lastSeenAt: new Date(now) });
    return { id: account.id, agencyId: account.agencyId, agencyKind: account.agency.kind, roles: account.roles, sessionTokenHash: tokenHash };
  }

  async me(accountId: number): Promise<StaffMeView> {
    const account = await this.dataSource.getRepository(StaffAccount).findOneOrFail({ where: { id: accountId }, relations: { agency: true } });
    const agency = account.agency as Agency;
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
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(StaffSession, { tokenHash: caller.sessionTokenHash });
      await this.audit.recordStaff(manager, caller, { action: AuditAction.Logout, objectType: 'staff_account', objectId: caller.id });
    });
  }

  /** Changing one's password ends every other session of the account. */
  async changePassword(caller: StaffCaller, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.dataSource.getRepository(StaffAccount).findOneByOrFail({ id: caller.id });
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw new DomainException(ErrorCode.ValidationFailed, '当前密码不正确', [{ field: 'currentPassword', messages: ['当前密码不正确'] }]);
    }
    const problems = passwordProblems(newPassword);
    if (problems.length > 0) throw new DomainException(ErrorCode.ValidationFailed, problems[0], [{ field: 'newPassword', messages: problems }]);
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(StaffAccount, account.id, { passwordHash });
      await manager
        .createQueryBuilder()
        .delete()
        .from(StaffSession)
        .where('accountId = :id AND tokenHash <> :current', { id: account.id, current: caller.sessionTokenHash })
        .execute();
      await this.audit.recordStaff(manager, caller, { action: AuditAction.PasswordChanged, objectType: 'staff_account', objectId: account.id });
    });
  }
}
