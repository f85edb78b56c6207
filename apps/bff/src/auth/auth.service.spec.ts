import { AuditAction, ErrorCode } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';
import { agencyRow, InMemoryDatabase, InMemoryStaffStore } from '../testing/in-memory-repositories';
import { memoryThrottle, PlainPasswordHasher, testConfig } from '../testing/service-doubles';
import { AuthService, LOCK_AFTER_FAILURES, LOCK_MINUTES } from './auth.service';

// Service tier: sign-in's rules (lockout, throttling, sessions, audit) over in-memory repositories.
describe('AuthService (service tier)', () => {
  const hasher = new PlainPasswordHasher();
  const origin = { ip: '198.51.100.7', traceId: 'trace-sign-in' };
  let database: InMemoryDatabase;
  let auth: AuthService;

  beforeEach(() => {
    database = new InMemoryDatabase();
    database.tables.agencies.push(agencyRow({ id: 1, code: 'office', name: '政务公开办', kind: 'office' }));
    database.tables.accounts.push({
      id: 7,
      username: 'clerk',
      displayName: '办事员',
      agencyId: 1,
      roles: ['office_staff'],
      passwordHash: 'plain:Right-Passw0rd',
      failedLogins: 0,
      lockedUntil: null,
      active: true,
      lastLoginAt: null,
      createdAt: new Date(0),
      updatedAt: new Date(0),
    });
    hasher.verified.length = 0;
    auth = new AuthService(new InMemoryStaffStore(database), hasher, memoryThrottle(), testConfig());
  });

  const account = () => database.tables.accounts[0];
  const actions = () => database.tables.audit.map((row) => [row.action, row.reason]);
  const refusalOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => (error instanceof DomainException ? error.code : error),
    );

  it('opens a session, clears the failure count and records the sign-in', async () => {
    account().failedLogins = 3;
    const { token, me } = await auth.login({ username: 'clerk', password: 'Right-Passw0rd' }, origin);
    expect(me).toEqual(expect.objectContaining({ id: 7, roles: ['office_staff'], agency: { id: 1, name: '政务公开办', kind: 'office' } }));
    expect(account()).toEqual(expect.objectContaining({ failedLogins: 0, lockedUntil: null, lastLoginAt: expect.any(Date) }));
    expect(database.tables.sessions).toHaveLength(1);
    expect(await auth.authenticate(token)).toEqual(expect.objectContaining({ id: 7, agencyKind: 'office' }));
    expect(database.tables.audit).toEqual([
      expect.objectContaining({
        action: AuditAction.LoginSucceeded,
        actorType: 'staff',
        actorId: 7,
        actorRoles: 'office_staff',
        ip: origin.ip,
        traceId: origin.traceId,
      }),
    ]);
  });

  it(`locks the account for ${LOCK_MINUTES} minutes at the ${LOCK_AFTER_FAILURES}th wrong password, and then refuses the right one`, async () => {
    for (let i = 1; i < LOCK_AFTER_FAILURES; i++) {
      expect(await refusalOf(auth.login({ username: 'clerk', password: `wrong-${i}` }, origin))).toBe(ErrorCode.Unauthenticated);
      expect(account().failedLogins).toBe(i);
    }
    const before = Date.now();
    expect(await refusalOf(auth.login({ username: 'clerk', password: 'wrong-last' }, origin))).toBe(ErrorCode.Unauthenticated);
    expect(account().failedLogins).toBe(0);
    const lockedFor = account().lockedUntil!.getTime() - before;
    expect(lockedFor).toBeGreaterThanOrEqual(LOCK_MINUTES * 60_000 - 1000);
    expect(lockedFor).toBeLessThanOrEqual(LOCK_MINUTES * 60_000 + 1000);

    expect(await refusalOf(auth.login({ username: 'clerk', password: 'Right-Passw0rd' }, origin))).toBe(ErrorCode.Unauthenticated);
    expect(database.tables.sessions).toHaveLength(0);
    expect(actions()).toEqual([
      ...Array.from({ length: LOCK_AFTER_FAILURES - 1 }, () => [AuditAction.LoginFailed, 'wrong password']),
      [AuditAction.LoginLocked, `${LOCK_AFTER_FAILURES} failures`],
      [AuditAction.LoginFailed, 'locked'],
    ]);
  });

  it('signs in again once the lock has run out', async () => {
    account().lockedUntil = new Date(Date.now() - 1000);
    await expect(auth.login({ username: 'clerk', password: 'Right-Passw0rd' }, origin)).resolves.toEqual(
      expect.objectContaining({ token: expect.any(String) }),
    );
  });

  it('refuses a disabled account with the same answer, and says why only in the audit log', async () => {
    account().active = false;
    expect(await refusalOf(auth.login({ username: 'clerk', password: 'Right-Passw0rd' }, origin))).toBe(ErrorCode.Unauthenticated);
    expect(actions()).toEqual([[AuditAction.LoginFailed, 'disabled']]);
  });

  it('checks an unknown username against a password all the same, and records it without an actor', async () => {
    expect(await refusalOf(auth.login({ username: 'nobody', password: 'Some-Passw0rd' }, origin))).toBe(ErrorCode.Unauthenticated);
    expect(hasher.verified).toEqual(['Some-Passw0rd']);
    expect(database.tables.audit).toEqual([expect.objectContaining({ action: AuditAction.LoginFailed, actorType: 'anonymous', actorId: null })]);
  });

  it('throttles the username before the password is checked: a refused attempt reaches neither hasher nor lockout', async () => {
    const throttled = new AuthService(
      new InMemoryStaffStore(database),
      hasher,
      memoryThrottle(testConfig({ signIn: { failuresPerAddress: 100, addressWindowMs: 60_000, attemptsPerAccount: 2, accountWindowMs: 60_000 } })),
      testConfig(),
    );
    for (const password of ['wrong-1', 'wrong-2'])
      expect(await refusalOf(throttled.login({ username: 'clerk', password }, origin))).toBe(ErrorCode.Unauthenticated);
    hasher.verified.length = 0;
    expect(await refusalOf(throttled.login({ username: 'clerk', password: 'Right-Passw0rd' }, origin))).toBe(ErrorCode.RateLimited);
    expect(hasher.verified).toEqual([]);
    expect(account().failedLogins).toBe(2);
  });

  it('ends the other sessions when the password changes, keeping the one it changed in', async () => {
    const here = await auth.login({ username: 'clerk', password: 'Right-Passw0rd' }, origin);
    const elsewhere = await auth.login({ username: 'clerk', password: 'Right-Passw0rd' }, origin);
    const principal = (await auth.authenticate(here.token))!;
    await auth.changePassword({ ...principal, ...origin }, 'Right-Passw0rd', 'New-Passw0rd!');
    expect(await auth.authenticate(here.token)).not.toBeNull();
    expect(await auth.authenticate(elsewhere.token)).toBeNull();
    expect(account().passwordHash).toBe('plain:New-Passw0rd!');
  });

  it('refuses a wrong current password and a weak new one with their own codes, changing nothing', async () => {
    const { token } = await auth.login({ username: 'clerk', password: 'Right-Passw0rd' }, origin);
    const principal = { ...(await auth.authenticate(token))!, ...origin };
    expect(await refusalOf(auth.changePassword(principal, 'Not-The-Passw0rd', 'New-Passw0rd!'))).toBe(ErrorCode.StaffCurrentPasswordWrong);
    expect(await refusalOf(auth.changePassword(principal, 'Right-Passw0rd', 'password'))).toBe(ErrorCode.StaffPasswordTooWeak);
    expect(account().passwordHash).toBe('plain:Right-Passw0rd');
  });
});
