import type { AgencyKind, AgencyView, Industry, StaffRole } from '@weimin/contracts';
import { startTestApp, type TestApp } from '../support/api-app';
import { createAccount, signIn, type StaffSession } from './staff.factory';

/** The first administrator of a bare installation (BOOTSTRAP_ADMIN_*, docs/security.md §12). */
export const ROOT_ADMIN = { username: 'root.admin', password: 'Root-Passw0rd!' } as const;

export interface BareInstallation {
  t: TestApp;
  admin: StaffSession;
  /** The office every installation has (reference data, not demo). */
  officeId: number;
}

/**
 * The BFF as an installation starts it without the demo city: migrations, reference data (the 14 stages, the office)
 * and the first administrator from configuration, nothing else. Tests add the agencies, staff and content they use
 * with the factories below, through the HTTP API, instead of leaning on demo rows.
 */
export async function startBareInstallation(env: Record<string, string> = {}): Promise<BareInstallation> {
  const t = await startTestApp({ SEED_DEMO: 'false', BOOTSTRAP_ADMIN_USERNAME: ROOT_ADMIN.username, BOOTSTRAP_ADMIN_PASSWORD: ROOT_ADMIN.password, ...env });
  try {
    const admin = await signIn(t, ROOT_ADMIN.username, ROOT_ADMIN.password);
    return { t, admin, officeId: admin.me.agency.id };
  } catch (error) {
    await t.close();
    throw error;
  }
}

let sequence = 0;

/** A new agency through the admin API (validated and audited like any other). A unit (public_enterprise) needs its industry. */
export async function createAgency(
  admin: StaffSession,
  kind: Exclude<AgencyKind, 'office'>,
  overrides: { name?: string; code?: string; industry?: Industry; description?: string } = {},
): Promise<AgencyView> {
  sequence += 1;
  const suffix = `${sequence}-${Date.now().toString(36)}`;
  const prefix = { department: 'dept', township: 'town', public_enterprise: 'pe' }[kind];
  const json = {
    code: overrides.code ?? `${prefix}-f${suffix}`,
    name: overrides.name ?? `测试${{ department: '局', township: '街道', public_enterprise: '水务公司' }[kind]}${sequence}`,
    kind,
    ...(kind === 'public_enterprise' ? { industry: overrides.industry ?? 'water_supply' } : {}),
    ...(overrides.description !== undefined ? { description: overrides.description } : {}),
  };
  const response = await admin.request('/api/admin/agencies', { method: 'POST', json });
  if (response.status !== 201) throw new Error(`agency creation failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A new account of `agencyId` with `roles`, made by the admin and signed in. */
export async function staffMember(t: TestApp, admin: StaffSession, agencyId: number, roles: StaffRole[]): Promise<StaffSession> {
  const account = await createAccount(admin, agencyId, roles);
  return signIn(t, account.username, account.password);
}
