import { join } from 'node:path';
import { describeCycle, findImportCycles, readSources, runtimeImports } from './support/import-cycles';

const root = join(__dirname, '..');

describe('import cycles (the client apps)', () => {
  it.each(['apps/miniapp/src', 'apps/admin/src'])('%s has no import cycle', (folder) => {
    const modules = readSources(join(root, folder));
    expect(modules.size).toBeGreaterThan(10);
    expect(findImportCycles(modules).map((cycle) => describeCycle(cycle, root))).toEqual([]);
  });

  it('finds a cycle, through a platform variant too, and ignores imports erased as types', () => {
    const modules = new Map([
      ['/app/http.ts', "import { ensure } from './auth';\nexport const request = () => ensure();"],
      ['/app/auth.ts', "import { login } from './login';\nexport const ensure = () => login();"],
      ['/app/login.weapp.ts', "import { request } from './http';\nexport const login = () => request();"],
      ['/app/types.ts', "import type { A } from './uses-types';\nexport interface B { a?: A }"],
      ['/app/uses-types.ts', "import { type B } from './types';\nexport interface A { b?: B }"],
    ]);
    expect(findImportCycles(modules)).toEqual([['/app/auth.ts', '/app/login.weapp.ts', '/app/http.ts', '/app/auth.ts']]);
  });

  it('counts dynamic imports and re-exports, not type-only re-exports', () => {
    const source = "export * from './a';\nexport type { T } from './b';\nconst c = () => import('./c');\nimport 'pkg';";
    expect(runtimeImports('/x.ts', source)).toEqual(['./a', './c']);
  });
});
