import type { StaffAccount } from './staff-account.entity';
import type { StaffService } from './staff.service';
import type { StaffTransaction } from './staff.store';

/**
 * Creates the first system administrator in the office, unless an admin exists already.
 * There is no default password: it comes from BOOTSTRAP_ADMIN_* or from `npm run admin:create`.
 */
export async function createFirstAdmin(
  repositories: StaffTransaction,
  staff: StaffService,
  request: { username: string; password: string; displayName?: string },
): Promise<StaffAccount | null> {
  if (await repositories.accounts.adminExists()) return null;
  const office = await repositories.agencies.findOffice();
  if (!office) throw new Error('No office agency exists yet: load the demo data or create the office first');
  return staff.insertAccount(repositories, {
    username: request.username,
    displayName: request.displayName ?? '系统管理员',
    agencyId: office.id,
    roles: ['admin'],
    password: request.password,
  });
}
