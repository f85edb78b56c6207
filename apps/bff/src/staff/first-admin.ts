import type { EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { StaffAccount } from '../staff/staff-account.entity';
import type { StaffService } from './staff.service';

/**
 * Creates the first system administrator in the office, unless an admin exists already.
 * There is no default password: it comes from BOOTSTRAP_ADMIN_* or from `npm run admin:create`.
 */
export async function createFirstAdmin(
  manager: EntityManager,
  staff: StaffService,
  request: { username: string; password: string; displayName?: string },
): Promise<StaffAccount | null> {
  const admins = await manager.getRepository(StaffAccount).find({ select: { roles: true } });
  if (admins.some((account) => account.roles.includes('admin'))) return null;
  const office = await manager.findOneBy(Agency, { kind: 'office' });
  if (!office) throw new Error('No office agency exists yet: load the demo data or create the office first');
  return staff.insertAccount(manager, {
    username: request.username,
    displayName: request.displayName ?? '系统管理员',
    agencyId: office.id,
    roles: ['admin'],
    password: request.password,
  });
}
