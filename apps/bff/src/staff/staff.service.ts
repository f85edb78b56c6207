import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, CreateStaffAccountRequest, ErrorCode, StaffAccountListQuery, StaffAccountView, UpdateStaffAccountRequest } from '@weimin/contracts';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { agencyScopeOf, StaffCaller } from '../auth/staff-principal';
import { StaffSession } from '../auth/staff-session.entity';
import { DomainException } from '../common/errors/domain.exception';
import { containsText } from '../database/like';
import { PasswordHasher } from './password-hasher';
import { passwordProblems } from './password-policy';
import { roleProblems } from './role-rules';
import { StaffAccount } from './staff-account.entity';
import { toStaffAccountView } from './staff.mapper';

@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  /** Admins see every account; an agency head sees their own agency's. */
  async list(caller: StaffCaller, query: StaffAccountListQuery): Promise<StaffAccountView[]> {
    const builder = this.dataSource
      .getRepository(StaffAccount)
      .createQueryBuilder('account')
      .leftJoinAndSelect('account.agency', 'agency')
      .orderBy('account.agencyId', 'ASC')
      .addOrderBy('account.id', 'ASC');
    const scope = agencyScopeOf(caller);
    if (scope !== undefined) builder.andWhere('account.agencyId = :scope', { scope });
    if (query.agencyId !== undefined) builder.andWhere('account.agencyId = :agencyId', { agencyId: query.agencyId });
    if (query.q) {
      const q = query.q;
      builder.andWhere(new Brackets((w) => w.where(...containsText('account.username', 'q', q)).orWhere(...containsText('account.displayName', 'q', q))));
    }
    const accounts = await builder.getMany();
    // Roles are stored as a comma-separated list; filtering in memory keeps the query the same on both databases.
    return accounts.filter((a) => !query.role || a.roles.includes(query.role)).map(toStaffAccountView);
  }

  async get(caller: StaffCaller, id: number): Promise<StaffAccountView> {
    return toStaffAccountView(await this.findVisible(this.dataSource.manager, caller, id));
  }

  async create(caller: StaffCaller, request: CreateStaffAccountRequest): Promise<StaffAccountView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const account = await this.insertAccount(manager, request);
      await this.audit.recordStaff(manager, caller, {
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
   * Also used by the first-admin command and the demo seed, which have no caller.
   */
  async insertAccount(manager: EntityManager, request: CreateStaffAccountRequest): Promise<StaffAccount> {
    const agency = await this.activeAgency(manager, request.agencyId);
    this.assertRoles(request.roles, agency);
    const problems = passwordProblems(request.password);
    if (problems.length > 0) throw new DomainException(ErrorCode.ValidationFailed, problems[0], [{ field: 'password', messages: problems }]);
    if (await manager.existsBy(StaffAccount, { username: request.username })) {
      throw new DomainException(ErrorCode.Conflict, '用户名已被使用', [{ field: 'username', messages: ['用户名已被使用'] }]);
    }
    const account = manager.create(StaffAccount, {
      username: request.username,
      displayName: request.displayName,
      agencyId: agency.id,
      roles: [...request.roles],
      passwordHash: await this.hasher.hash(request.password),
    });
    return manager.save(account);
  }

  async update(caller: StaffCaller, id: number, request: UpdateStaffAccountRequest): Promise<StaffAccountView> {
    await this.dataSource.transaction(async (manager) => {
      const account = await this.findVisible(manager, caller, id);
      const agency = await this.activeAgency(manager, request.agencyId ?? account.agencyId);
      const roles = request.roles ?? account.roles;
      this.assertRoles(roles, agency);
      if (account.id === caller.id && account.roles.includes('admin') && !roles.includes('admin')) {
        throw new DomainException(ErrorCode.Conflict, '不能取消自己的系统管理员角色');
      }
      const rolesChanged = [...roles].sort().join() !== [...account.roles].sort().join();
      const agencyChanged = agency.id !== account.agencyId;
      await manager.update(StaffAccount, id, { displayName: request.displayName ?? account.displayName, agencyId: agency.id, roles: [...roles] });
      // New roles or a new agency take effect at the next sign-in, never inside a session opened under the old ones.
      if (rolesChanged || agencyChanged) await manager.delete(StaffSession, { accountId: id });
      await this.audit.recordStaff(manager, caller, {
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
    if (!active && id === caller.id) throw new DomainException(ErrorCode.Conflict, '不能停用自己的账号');
    await this.dataSource.transaction(async (manager) => {
      const account = await this.findVisible(manager, caller, id);
      await manager.update(StaffAccount, id, { active });
      if (!active) await manager.delete(StaffSession, { accountId: id });
      await this.audit.recordStaff(manager, caller, {
        action: active ? AuditAction.AccountEnabled : AuditAction.AccountDisabled,
        objectType: 'staff_account',
        objectId: id,
        agencyId: account.agencyId,
      });
    });
    return this.get(caller, id);
  }

  async unlock(caller: StaffCaller, id: number): Promise<StaffAccountView> {
    await this.dataSource.transaction(async (manager) => {
      const account = await this.findVisible(manager, caller, id);
      await manager.update(StaffAccount, id, { lockedUntil: null, failedLogins: 0 });
      await this.audit.recordStaff(manager, caller, {
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
    const problems = passwordProblems(password);
    if (problems.length > 0) throw new DomainException(ErrorCode.ValidationFailed, problems[0], [{ field: 'password', messages: problems }]);
    const passwordHash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const account = await this.findVisible(manager, caller, id);
      await manager.update(StaffAccount, id, { passwordHash, failedLogins: 0, lockedUntil: null });
      await manager.delete(StaffSession, { accountId: id });
      await this.audit.recordStaff(manager, caller, {
        action: AuditAction.PasswordReset,
        objectType: 'staff_account',
        objectId: id,
        agencyId: account.agencyId,
      });
    });
  }

  /** Another agency's account is reported as missing, never as forbidden (docs/security.md §8). */
  private async findVisible(manager: EntityManager, caller: StaffCaller, id: number): Promise<StaffAccount> {
    const scope = agencyScopeOf(caller);
    const account = await manager.findOne(StaffAccount, { where: { id, ...(scope !== undefined && { agencyId: scope }) }, relations: { agency: true } });
    if (!account) throw DomainException.notFound('账号');
    return account;
  }

  private async activeAgency(manager: EntityManager, agencyId: number): Promise<Agency> {
    const agency = await manager.findOneBy(Agency, { id: agencyId, active: true });
    if (!agency) throw new DomainException(ErrorCode.ValidationFailed, '所属机构不存在或已停用', [{ field: 'agencyId', messages: ['所属机构不存在或已停用'] }]);
    return agency;
  }

  private assertRoles(roles: readonly StaffAccount['roles'][number][], agency: Agency): void {
    const problems = roleProblems(roles, agency.kind);
    if (problems.length > 0) throw new DomainException(ErrorCode.ValidationFailed, problems[0], [{ field: 'roles', messages: problems }]);
  }
}
