// The WeChat build, checked with Tencent's own compilers (miniprogram-ci, wcc, wcsc) and WeChat's size limits.
module.exports = {
  ...require('./jest.preset'),
  displayName: 'weapp',
  testMatch: ['<rootDir>/test/weapp/**/*.check-spec.ts'],
  testTimeout: 300_000,
};
