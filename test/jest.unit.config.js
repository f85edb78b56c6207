// Small tests: pure rules and services with no network or database (BFF, console and mini-program), the service tier
// (test/service: services' rules over in-memory repositories, test/support/in-memory) and the repository's own
// documentation (test/*.spec.ts).
module.exports = {
  ...require('./jest.preset'),
  displayName: 'unit',
  testMatch: [
    '<rootDir>/apps/bff/src/**/*.spec.ts',
    '<rootDir>/apps/admin/src/**/*.spec.ts',
    '<rootDir>/apps/miniapp/src/**/*.spec.ts',
    '<rootDir>/test/*.spec.ts',
    '<rootDir>/test/service/**/*.service-spec.ts',
  ],
};
