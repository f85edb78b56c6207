import { Brackets, type EntityManager, LessThan } from 'typeorm';
import { StaffSession } from '../auth/staff-session.entity';
import { containsText } from '../database/like';
import { StaffAccount } from './staff-account.entity';

export interface StaffAccountFilter {
  /** Limit to one agency (an agency head's own); undefined for every agency. */
  scope?: number;
  agencyId?: number;
  /** Part of the username or display name. */
  q?: string;
}

export type NewStaffAccount = Pick<StaffAccount, 'username' | 'displayName' | 'agencyId' | 'roles' | 'passwordHash'>;
export type StaffAccountChange = Partial<
  Pick<StaffAccount, 'displayName' | 'agencyId' | 'roles' | 'passwordHash' | 'failedLogins' | 'lockedUntil' | 'active' | 'lastLoginAt'>
>;

/** Staff accounts, read and written through one EntityManager. */
export class StaffAccounts {
  constructor(private readonly manager: EntityManager) {}

  /** Whatever its state: sign-in tells a disabled or locked account apart only in the audit log. */
  findByUsername(username: string): Promise<StaffAccount | null> {
    return this.manager.findOneBy(StaffAccount, { username });
  }

  findById(id: number): Promise<StaffAccount | null> {
    return this.manager.findOneBy(StaffAccount, { id });
  }

  /** The account with its agency loaded. */
  findWithAgency(id: number): Promise<StaffAccount | null> {
    return this.manager.findOne(StaffAccount, { where: { id }, relations: { agency: true } });
  }

  /** The account with its agency, if it belongs to `scope` (undefined: any agency). */
  findWithAgencyInScope(id: number, scope: number | undefined): Promise<StaffAccount | null> {
    return this.manager.findOne(StaffAccount, { where: { id, ...(scope !== undefined && { agencyId: scope }) }, relations: { agency: true } });
  }

  /** With their agencies, by agency then id. */
  list(filter: StaffAccountFilter): Promise<StaffAccount[]> {
    const builder = this.manager
      .createQueryBuilder(StaffAccount, 'account')
      .leftJoinAndSelect('account.agency', 'agency')
      .orderBy('account.agencyId', 'ASC')
      .addOrderBy('account.id', 'ASC');
    if (filter.scope !== undefined) builder.andWhere('account.agencyId = :scope', { scope: filter.scope });
    if (filter.agencyId !== undefined) builder.andWhere('account.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.q) {
      const q = filter.q;
      builder.andWhere(new Brackets((w) => w.where(...containsText('account.username', 'q', q)).orWhere(...containsText('account.displayName', 'q', q))));
    }
    return builder.getMany();
  }

  usernameTaken(username: string): Promise<boolean> {
    return this.manager.existsBy(StaffAccount, { username });
  }

  /** Whether any account holds the admin role (roles are a comma-separated column: compared in memory on both databases). */
  async adminExists(): Promise<boolean> {
    const accounts = await this.manager.find(StaffAccount, { select: { roles: true } });
    return accounts.some((account) => account.roles.includes('admin'));
  }

  insert(account: NewStaffAccount): Promise<StaffAccount> {
    return this.manager.save(this.manager.create(StaffAccount, account));
  }

  async update(id: number, change: StaffAccountChange): Promise<void> {
    await this.manager.update(StaffAccount, id, change);
  }

  /** Counts one more failed sign-in, in SQL so parallel attempts cannot lose an increment, and returns the count. */
  async countFailedLogin(id: number): Promise<number> {
    await this.manager.increment(StaffAccount, { id }, 'failedLogins', 1);
    return (await this.manager.findOneByOrFail(StaffAccount, { id })).failedLogins;
  }
}

/** Console sessions, by the SHA-256 of their token. */
export class StaffSessions {
  constructor(private readonly manager: EntityManager) {}

  findByTokenHash(tokenHash: string): Promise<StaffSession | null> {
    return this.manager.findOneBy(StaffSession, { tokenHash });
  }

  async open(session: StaffSession): Promise<void> {
    await this.manager.insert(StaffSession, session);
  }

  async touch(tokenHash: string, at: Date): Promise<void> {
    await this.manager.update(StaffSession, { tokenHash }, { lastSeenAt: at });
  }

  async end(tokenHash: string): Promise<void> {
    await this.manager.delete(StaffSession, { tokenHash });
  }

  /** Every session of the account: it was disabled, its password reset, its roles or agency changed. */
  async endAllOf(accountId: number): Promise<void> {
    await this.manager.delete(StaffSession, { accountId });
  }

  /** Every session of the account but the one it changed its password in. */
  async endOthersOf(accountId: number, keepTokenHash: string): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .delete()
      .from(StaffSession)
      .where('accountId = :accountId AND tokenHash <> :keep', { accountId, keep: keepTokenHash })
      .execute();
  }

  /** Sessions of the account that ran out and were never presented again. */
  async endExpiredOf(accountId: number, now: Date): Promise<void> {
    await this.manager.delete(StaffSession, { accountId, expiresAt: LessThan(now) });
  }
}
