// Small tests: pure rules and services with no network or database.
module.exports = {
  ...require('./jest.preset'),
  displayName: 'unit',
  testMatch: ['<rootDir>/apps/bff/src/**/*.spec.ts'],
};
