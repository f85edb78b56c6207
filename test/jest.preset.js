// Shared by every jest config: TypeScript through SWC (with decorator metadata for Nest and TypeORM),
// and @weimin/contracts read from source.
const path = require('node:path');

const root = path.resolve(__dirname, '..');

module.exports = {
  rootDir: root,
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: { '^@weimin/contracts$': '<rootDir>/libs/contracts/src/index.ts' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
