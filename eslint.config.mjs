// ESLint for every workspace: `npm run lint` (and the static step of `npm test`, which allows no warning).
// TypeScript is linted with type information from each workspace's own tsconfig, so the promise rules see
// what a call returns; the plain JavaScript scripts are linted without it.
import js from '@eslint/js';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const typedProjects = [
  'apps/bff/tsconfig.json',
  'apps/admin/tsconfig.json',
  'apps/miniapp/tsconfig.json',
  'libs/contracts/tsconfig.json',
  'test/tsconfig.json',
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'test/.artifacts/**', 'apps/bff/src/database/migrations/**'],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // One order everywhere, the one most files already had: node builtins, packages (scoped first), then
      // relative paths, each alphabetical, no blank lines between groups. Side-effect imports (styles) stay put.
      'import-x/order': [
        'error',
        {
          groups: ['builtin', ['external', 'internal'], ['parent', 'sibling', 'index']],
          'newlines-between': 'ignore',
          alphabetize: { order: 'asc', caseInsensitive: false },
        },
      ],
      'import-x/first': 'error',
      'import-x/no-duplicates': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { project: typedProjects, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // An unawaited promise in a Nest service or a React handler loses its error and its ordering.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // As tsc's noUnusedParameters: a leading underscore marks a parameter kept for its position or its name; a
      // destructured field left out of the rest (`{ secret: _secret, ...rest }`) is the way to drop it.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['apps/admin/src/**/*.{ts,tsx}', 'apps/miniapp/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    // The classic two. The plugin's React Compiler rules (set-state-in-effect, refs, purity, …) are left off:
    // neither front end is built with the React Compiler, and the data hooks deliberately set state in effects.
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Tests read JSON response bodies (TestResponse.body) and assert their shape right there: \`any\` is the honest
    // type of a body under test, and the assertions are its check.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
