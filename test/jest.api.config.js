// The API suite: the whole BFF over real HTTP on a real database. WEIMIN_TEST_DB=sqlite|mysql picks which.
module.exports = {
  ...require('./jest.preset'),
  displayName: `api-${process.env.WEIMIN_TEST_DB ?? 'sqlite'}`,
  testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'],
  testTimeout: 60_000,
};
