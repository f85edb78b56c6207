import type { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config/configuration';
import type { SystemChecks } from './system-checks.repository';
import { HEALTH_REUSE_MS, HEALTH_REVALIDATE_MS, HEALTH_WAIT_MS, SystemService } from './system.service';

describe('SystemService.health', () => {
  const config = { get: () => 'sqlite' } as unknown as ConfigService<AppConfig, true>;
  const service = (databaseAnswers: () => Promise<boolean>) => {
    const checks = { databaseAnswers: jest.fn(databaseAnswers) };
    return { checks, system: new SystemService(checks as unknown as SystemChecks, config) };
  };

  afterEach(() => jest.useRealTimers());

  it('asks the database once for the health requests that come in together, and again after HEALTH_REUSE_MS', async () => {
    const { checks, system } = service(async () => true);
    const answers = await Promise.all(Array.from({ length: 20 }, () => system.health(1_000)));
    expect(answers.every((health) => health.status === 'ok' && health.database === 'up')).toBe(true);
    expect(checks.databaseAnswers).toHaveBeenCalledTimes(1);
    await system.health(1_000 + HEALTH_REUSE_MS - 1);
    expect(checks.databaseAnswers).toHaveBeenCalledTimes(1);
    await system.health(1_000 + HEALTH_REUSE_MS);
    expect(checks.databaseAnswers).toHaveBeenCalledTimes(2);
  });

  it('reports a database that went away at the next check', async () => {
    let up = true;
    const { system } = service(async () => up);
    expect((await system.health(0)).database).toBe('up');
    up = false;
    expect(await system.health(HEALTH_REUSE_MS)).toMatchObject({ status: 'degraded', database: 'down' });
  });

  it('reports a database that does not answer as down within HEALTH_WAIT_MS, to every request waiting on the check', async () => {
    jest.useFakeTimers();
    const { checks, system } = service(() => new Promise<boolean>(() => undefined));
    const waiting = Promise.all([system.health(0), system.health(10)]);
    jest.advanceTimersByTime(HEALTH_WAIT_MS);
    expect((await waiting).map((health) => health.database)).toEqual(['down', 'down']);
    expect(checks.databaseAnswers).toHaveBeenCalledTimes(1);
  });

  it('offers the finished check as a ready answer while it is fresh, and nothing while a check is under way or stale', async () => {
    let up = true;
    const { system } = service(async () => up);
    expect(system.settledHealth(0)).toBeUndefined();
    await system.health(0);
    const ready = system.settledHealth(HEALTH_REUSE_MS - 1);
    expect(ready?.statusCode).toBe(200);
    expect(JSON.parse(ready?.body ?? '')).toMatchObject({ status: 'ok', database: 'up', databaseType: 'sqlite' });
    expect(system.settledHealth(HEALTH_REUSE_MS)).toBeUndefined();
    up = false;
    await system.health(HEALTH_REUSE_MS);
    expect(system.settledHealth(HEALTH_REUSE_MS)).toMatchObject({ statusCode: 503 });
    expect(JSON.parse(system.settledHealth(HEALTH_REUSE_MS)?.body ?? '')).toMatchObject({ status: 'degraded', database: 'down' });
  });

  it('keeps offering the last answer while the next check is young, then waits for that check', async () => {
    let answer: (up: boolean) => void = () => undefined;
    const { checks, system } = service(async () => true);
    await system.health(0);
    checks.databaseAnswers.mockImplementation(() => new Promise<boolean>((resolve) => (answer = resolve)));
    // The request that finds the answer stale starts the next check and waits for it; those right after it do not.
    const due = system.health(HEALTH_REUSE_MS);
    expect(checks.databaseAnswers).toHaveBeenCalledTimes(2);
    expect(system.settledHealth(HEALTH_REUSE_MS + HEALTH_REVALIDATE_MS - 1)).toMatchObject({ statusCode: 200 });
    expect(system.settledHealth(HEALTH_REUSE_MS + HEALTH_REVALIDATE_MS)).toBeUndefined();
    answer(false);
    expect((await due).database).toBe('down');
    expect(system.settledHealth(HEALTH_REUSE_MS + HEALTH_REVALIDATE_MS)).toMatchObject({ statusCode: 503 });
    // The answer before is only ever the one just before: a down database is not hidden behind an older "up".
    const next = system.health(2 * HEALTH_REUSE_MS);
    expect(system.settledHealth(2 * HEALTH_REUSE_MS + 1)).toMatchObject({ statusCode: 503 });
    answer(true);
    expect((await next).database).toBe('up');
  });
});
