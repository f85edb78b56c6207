// docs/architecture.md "Data access": services reach the database only through their feature's store
// (apps/bff/src/database/unit-of-work.ts). A service never imports the DataSource or an EntityManager, so it cannot open
// a transaction of its own or hand one to another feature's service; the audit trail, the outbox and the calendar's
// years come with the store's transaction instead (`tx.audit`, `tx.outbox`, `tx.calendar`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', 'apps', 'bff', 'src');

function files(dir: string, wanted: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, wanted);
    return wanted(entry.name) ? [path] : [];
  });
}

const CONNECTION = new Set(['DataSource', 'EntityManager', 'QueryRunner', 'InjectDataSource', 'InjectEntityManager', 'InjectRepository']);

/** The names a source imports from typeorm or @nestjs/typeorm that reach a connection. */
function connectionImports(source: string): string[] {
  const names: string[] = [];
  for (const [, specifiers] of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(?:typeorm|@nestjs\/typeorm)'/g))
    for (const specifier of specifiers.split(',')) {
      const name = specifier
        .replace(/^\s*type\s+/, '')
        .split(/\s+as\s+/)[0]
        .trim();
      if (CONNECTION.has(name)) names.push(name);
    }
  return names;
}

describe('services reach the database only through their store', () => {
  const services = files(root, (name) => name.endsWith('.service.ts')).filter((file) => !relative(root, file).startsWith('database/'));

  it('finds the services', () => {
    expect(services.length).toBeGreaterThan(30);
  });

  it.each(services.map((file) => [relative(root, file), file]))('%s imports no DataSource or EntityManager', (_name, file) => {
    expect(connectionImports(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('declares every store in a *.store.ts file, on the one Store of database/unit-of-work.ts', () => {
    const sources = files(root, (name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
      .filter((file) => !relative(root, file).startsWith('testing/') && relative(root, file) !== 'database/unit-of-work.ts')
      .map((file) => ({ path: relative(root, file), source: readFileSync(file, 'utf8') }));
    expect(sources.filter(({ path, source }) => /extends Store</.test(source) && !path.endsWith('.store.ts')).map(({ path }) => path)).toEqual([]);
    const stores = sources.filter(({ path }) => path.endsWith('.store.ts'));
    expect(stores.length).toBeGreaterThan(10);
    for (const { source } of stores) expect(source).toMatch(/export abstract class \w+Store extends Store<\w+> \{\}/);
  });

  it('recognises a connection however it is imported', () => {
    expect(connectionImports("import type { EntityManager } from 'typeorm';")).toEqual(['EntityManager']);
    expect(connectionImports("import { In, type DataSource as Db } from 'typeorm';")).toEqual(['DataSource']);
    expect(connectionImports("import { InjectDataSource } from '@nestjs/typeorm';")).toEqual(['InjectDataSource']);
    expect(connectionImports("import { In, LessThan } from 'typeorm';")).toEqual([]);
  });
});
