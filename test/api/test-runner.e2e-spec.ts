// `npm test` itself (test/run.mjs): a suite name it does not know is a failure, never a run of nothing that passes.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { TEST_DB } from '../support/api-app';

const RUN = resolve(__dirname, '../run.mjs');

describe(`npm test's suite selection (${TEST_DB})`, () => {
  const run = (suites: string) =>
    spawnSync(process.execPath, [RUN], { env: { ...process.env, WEIMIN_SUITES: suites, WEIMIN_SKIP_BUILD: '1' }, encoding: 'utf8', timeout: 30_000 });

  it('fails on a misspelt suite name, naming it and the real ones, before running anything', () => {
    const typo = run('api-mysq');
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain(
      'WEIMIN_SUITES: unknown suite "api-mysq"; the suites are static, unit, api-sqlite, api-mysql-only, api-mysql, browser-console, browser-flows, weapp',
    );
    expect(typo.stderr).toContain('tests: 0 passed, 1 failed');

    // One good name does not carry a bad one, and the good one is not run first.
    const mixed = run('unit,brwoser');
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toContain('unknown suite "brwoser"');
    expect(mixed.stdout).not.toContain('── unit');
  });
});
