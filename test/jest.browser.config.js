// The browser suite: the built BFF, admin console and H5 app, driven in Debian's Chromium.
module.exports = {
  ...require('./jest.preset'),
  displayName: 'browser',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  globalSetup: '<rootDir>/test/support/browser-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/browser-global-teardown.ts',
  testEnvironment: '<rootDir>/test/support/browser-environment.js',
  setupFilesAfterEnv: ['<rootDir>/test/support/browser-a11y-setup.ts'],
  // Long workflows on a busy 2-core machine: the limit catches a hang, not slowness.
  testTimeout: 180_000,
};
