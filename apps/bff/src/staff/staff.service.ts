import { Injectable } from '@nestjs/common';
import { AuditAction, CreateStaffAccountRequest, ErrorCode, StaffAccountListQuery, StaffAccountView, UpdateStaffAccountRequest } from '@weimin/contracts';
import type { Agency } from '../agencies/agency.entity';
import { agencyScopeOf, StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { PasswordHasher } from './password-hasher';
import { passwordProblems } from './password-policy';
import { accountChangeRefusal, roleProblems } from './role-rules';
import type { StaffAccount } from './staff-account.entity';
import { toStaffAccountView } from './staff.mapper';
import { StaffRepositories, StaffStore } from './staff.store';

@Injectable()
export class StaffService {
  constructor(
    private readonly store: StaffStore,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Admins see every account; an agency head sees their own agency's. */
  async list(caller: StaffCaller, query: StaffAccountListQuery): Promise<StaffAccountView[]> {
    const accounts = await this.store.repositories.accounts.list({ scope: agencyScopeOf(caller), agencyId: query.agencyId, q: query.q });
    // Roles are stored as a comma-separated list; filtering in memory keeps the query the same on both databases.
    return accounts.filter((a) => !query.role || a.roles.includes(query.role)).map(toStaffAccountView);
  }

  async get(caller: StaffCaller, id: number): Promise<StaffAccountView> {
    return toStaffAccountView(await findVisible(this.store.repositories, caller, id));
  }

  async create(caller: StaffCaller, request: CreateStaffAccountRequest): Promise<StaffAccountView> {
    const id = await this.store.transaction(async (repositories) => {
      const account = await this.insertAccount(repositories, request);
      await repositories.audit.recordStaff(caller, {
        action: AuditAction.AccountCreated,
        objectType: 'staff_account',
        objectId: account.id,
        agencyId: account.agencyId,
      });
      return account.id;
    });
    return this.get(caller, id);
  }

  /**
   * Creates an account after checking the agency, the role rules and the password policy.
   * Also used by the first-admin command and start-up step, which have no caller.
   */
  async insertAccount({ accounts, agencies }: StaffRepositories, request: CreateStaffAccountRequest): Promise<StaffAccount> {
    const agency = await activeAgency(agencies, request.agencyId);
    assertRoles(request.roles, agency);
    assertPassword('password', request.password);
    if (await accounts.usernameTaken(request.username)) {
      throw new DomainException(ErrorCode.StaffUsernameTaken, '用户名已被使用', [{ field: 'username', messages: ['用户名已被使用'] }]);
    }
    return accounts.insert({
      username: request.username,
      displayName: request.displayName,
      agencyId: agency.id,
      roles: [...request.roles],
      passwordHash: await this.hasher.hash(request.password),
    });
  }

  async update(caller: StaffCaller, id: number, request: UpdateStaffAccountRequest): Promise<StaffAccountView> {
    await this.store.transaction(async (repositories) => {
      const { accounts, agencies, sessions, audit } = repositories;
      const account = await findVisible(repositories, caller, id);
      const agency = await activeAgency(agencies, request.agencyId ?? account.agencyId);
      const roles = request.roles ?? account.roles;
      assertRoles(roles, agency);
      refuse(accountChangeRefusal(caller.id, account, { kind: 'roles', roles }));
      const rolesChanged = [...roles].sort().join() !== [...account.roles].sort().join();
      const agencyChanged = agency.id !== account.agencyId;
      await accounts.update(id, { displayName: request.displayName ?? account.displayName, agencyId: agency.id, roles: [...roles] });
      // New roles or a new agency take effect at the next sign-in, never inside a session opened under the old ones.
      if (rolesChanged || agencyChanged) await sessions.endAllOf(id);
      await audit.recordStaff(caller, {
        action: rolesChanged ? AuditAction.RolesChanged : AuditAction.AccountUpdated,
        objectType: 'staff_account',
        objectId: id,
        agencyId: agency.id,
        reason: rolesChanged ? `roles: ${account.roles.join(',')} → ${roles.join(',')}` : undefined,
      });
    });
    return this.get(caller, id);
  }

  /** Disabling ends every session of the account at once (docs/security.md §12). */
  async setActive(caller: StaffCaller, id: number, active: boolean): Promise<StaffAccountView> {
    await this.store.transaction(async (repositories) => {
      const account = await findVisible(repositories, caller, id);
      if (!active) refuse(accountChangeRefusal(caller.id, account, { kind: 'disable' }));
      await repositories.accounts.update(id, { active });
      if (!active) await repositories.sessions.endAllOf(id);
      await repositories.audit.recordStaff(caller, {
        action: active ? AuditAction.AccountEnabled : AuditAction.AccountDisabled,
        objectType: 'staff_account',
        objectId: id,
        agencyId: account.agencyId,
      });
    });
    return this.get(caller, id);
  }

  async unlock(caller: StaffCaller, id: number): Promise<StaffAccountView> {
    await this.store.transaction(async (repositories) => {
      const account = await findVisible(repositories, caller, id);
      await repositories.accounts.update(id, { lockedUntil: null, failedLogins: 0 });
      await repositories.audit.recordStaff(caller, {
        action: AuditAction.AccountUnlocked,
        objectType: 'staff_account',
        objectId: id,
        agencyId: account.agencyId,
      });
    });
    return this.get(caller, id);
  }

  /** An administrator sets a new password; the account's sessions end. */
  async resetPassword(caller: StaffCaller, id: number, password: string): Promise<void> {
    assertPassword('password', password);
    const passwordHash = await this.hasher.hash(password);
    await this.store.transaction(async (repositories) => {
      const account = await findVisible(repositories, caller, id);
      await repositories.accounts.update(id, { passwordHash, failedLogins: 0, lockedUntil: null });
      await repositories.sessions.endAllOf(id);
      await repositories.audit.recordStaff(caller, {
        action: AuditAction.PasswordReset,
        objectType: 'staff_account',
        objectId: id,
        agencyId: account.agencyId,
      });
    });
  }
}

/** Another agency's account is reported as missing, never as forbidden (docs/security.md §8). */
async function findVisible({ accounts }: StaffRepositories, caller: StaffCaller, id: number): Promise<StaffAccount> {
  const account = await accounts.findWithAgencyInScope(id, agencyScopeOf(caller));
  if (!account) throw DomainException.notFound('账号');
  return account;
}

async function activeAgency(agencies: StaffRepositories['agencies'], agencyId: number): Promise<Agency> {
  const agency = await agencies.findActive(agencyId);
  if (!agency)
    throw new DomainException(ErrorCode.StaffAgencyInactive, '所属机构不存在或已停用', [{ field: 'agencyId', messages: ['所属机构不存在或已停用'] }]);
  return agency;
}

function assertRoles(roles: readonly StaffAccount['roles'][number][], agency: Agency): void {
  const problems = roleProblems(roles, agency.kind);
  if (problems.length > 0) throw new DomainException(ErrorCode.StaffRoleNotForAgency, problems[0], [{ field: 'roles', messages: problems }]);
}

/** docs/security.md §12: the password policy, on the field that carried the password. */
export function assertPassword(field: string, password: string): void {
  const problems = passwordProblems(password);
  if (problems.length > 0) throw new DomainException(ErrorCode.StaffPasswordTooWeak, problems[0], [{ field, messages: problems }]);
}

function refuse(refusal: { code: DomainException['code']; message: string } | null): void {
  if (refusal) throw new DomainException(refusal.code, refusal.message);
}
