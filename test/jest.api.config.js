// The API suite: the whole BFF over real HTTP on a real database. WEIMIN_TEST_DB=sqlite|mysql picks which.
module.exports = {
  ...require('./jest.preset'),
  displayName: `api-${process.env.WEIMIN_TEST_DB ?? 'sqlite'}`,
  // *.mysql-spec.ts need MySQL/MariaDB (a server going away, several instances on one database) or Redis, which only the
  // MariaDB run is given (test/run.mjs), so only that run has them. WEIMIN_API_PART=mysql-only runs those alone, =shared
  // the rest (test/run.mjs runs them as two suites); without it, all that apply.
  testMatch: testFiles(process.env.WEIMIN_TEST_DB === 'mysql', process.env.WEIMIN_API_PART),
  testTimeout: 60_000,
  testSequencer: '<rootDir>/test/support/api-sequencer.js',
  // One migrated demo city per run, copied for each test app (test/support/database-template.ts).
  globalSetup: '<rootDir>/test/support/api-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/api-global-teardown.ts',
  // A spec that fails half-way (a hook's timeout on a starved machine) can leave its app's sockets open; the run must
  // still end and report it instead of waiting for them (seen: an hour's wait after nine failures under load 12).
  forceExit: true,
};

function testFiles(mysql, part) {
  const shared = '<rootDir>/test/api/**/*.e2e-spec.ts';
  const mysqlOnly = '<rootDir>/test/api/**/*.mysql-spec.ts';
  if (part === 'mysql-only') return [mysqlOnly];
  if (part === 'shared') return [shared];
  if (part) throw new Error(`WEIMIN_API_PART: mysql-only or shared, not ${JSON.stringify(part)}`);
  return mysql ? [shared, mysqlOnly] : [shared];
}
