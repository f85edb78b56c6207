import { randomBytes } from 'node:crypto';
import type { StaffRole } from '@weimin/contracts';
import { type DataSource, In } from 'typeorm';
import type { Agency } from '../../agencies/agency.entity';
import type { StaffCaller } from '../../auth/staff-principal';
import { PasswordHasher } from '../../staff/password-hasher';
import { StaffAccount } from '../../staff/staff-account.entity';

/** A demo staff account as the caller of the services the demo loaders drive (its agency loaded). */
export function demoCallerOf(account: StaffAccount): StaffCaller {
  return {
    id: account.id,
    agencyId: account.agencyId,
    agencyKind: account.agency!.kind,
    roles: account.roles as StaffRole[],
    sessionTokenHash: '',
    ip: null,
    traceId: 'demo-seed',
  };
}

/**
 * Accounts made for agencies without demo staff, to sign their demo steps (replies, notices, drafts; reviews for
 * heads); nobody knows their password. The prefixes are how a second start finds them again.
 */
const SIGNER_PREFIX: Record<'agency_staff' | 'agency_head', string> = { agency_staff: 'demo.reply.', agency_head: 'demo.head.' };

/** The made signers' one hash, of a password thrown away: taken once per process (argon2 at full cost is slow). */
let signerPasswordHash: Promise<string> | null = null;

/**
 * A staff member per agency to sign its demo steps: its first account holding `role` (or any role when none is
 * named), else one made for it with that role (agency_staff when none is named).
 */
export async function demoSignersOf(
  dataSource: DataSource,
  agencies: readonly Agency[],
  role?: 'agency_staff' | 'agency_head',
): Promise<Map<number, StaffCaller>> {
  const repository = dataSource.getRepository(StaffAccount);
  const accounts = await repository.find({ where: { agencyId: In(agencies.map((a) => a.id)) }, relations: { agency: true }, order: { id: 'ASC' } });
  const signers = new Map<number, StaffCaller>();
  for (const account of accounts)
    if (!signers.has(account.agencyId) && (!role || account.roles.includes(role))) signers.set(account.agencyId, demoCallerOf(account));
  const missing = agencies.filter((agency) => !signers.has(agency.id));
  if (missing.length === 0) return signers;
  const made = role ?? 'agency_staff';
  signerPasswordHash ??= new PasswordHasher().hash(randomBytes(24).toString('base64url'));
  const passwordHash = await signerPasswordHash;
  for (const agency of missing) {
    const account = await repository.save(
      repository.create({
        username: SIGNER_PREFIX[made] + agency.code,
        displayName: `${agency.name.replace(/^临溪市/, '')}${made === 'agency_head' ? '负责人' : '工作人员'}`.slice(0, 32),
        agencyId: agency.id,
        roles: [made],
        passwordHash,
      }),
    );
    signers.set(agency.id, demoCallerOf({ ...account, agency }));
  }
  return signers;
}
