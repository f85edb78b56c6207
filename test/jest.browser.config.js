// The browser suite: the built BFF, admin console and H5 app, driven in Debian's Chromium.
const BROWSER_PARTS = { all: '*', console: 'admin*', flows: '!(admin*)' };
if (!BROWSER_PARTS[process.env.WEIMIN_BROWSER_PART ?? 'all']) throw new Error(`WEIMIN_BROWSER_PART: one of ${Object.keys(BROWSER_PARTS).join(', ')}`);

module.exports = {
  ...require('./jest.preset'),
  displayName: `browser-${process.env.WEIMIN_BROWSER_PART ?? 'all'}`,
  // test/run.mjs runs the suite in two parts, each with its own BFF, one in each lane (WEIMIN_BROWSER_PART): the console's
  // pages (admin*.browser-spec.ts) and the flows through the H5 (the rest). Without it, all of them.
  testMatch: [`<rootDir>/test/browser/**/${BROWSER_PARTS[process.env.WEIMIN_BROWSER_PART ?? 'all']}.browser-spec.ts`],
  globalSetup: '<rootDir>/test/support/browser-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/browser-global-teardown.ts',
  testEnvironment: '<rootDir>/test/support/browser-environment.js',
  setupFilesAfterEnv: ['<rootDir>/test/support/browser-a11y-setup.ts'],
  // Long workflows on a busy 2-core machine: the limit catches a hang, not slowness.
  testTimeout: 180_000,
};
