// docs/architecture.md: folders are modules. A module registers only providers from its own folder (or below it);
// another feature's services come in by importing that feature's module, never by registering them a second time.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', 'apps', 'bff', 'src');

function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return moduleFiles(path);
    return entry.name.endsWith('.module.ts') ? [path] : [];
  });
}

/** The identifiers in `providers: [...]`, each with the path it is imported from ('.' when declared in the file). */
function providersOf(source: string): Array<{ name: string; from: string }> {
  // The entries of the list at its own depth: a `{ provide, inject, useFactory }` object names other tokens it only uses.
  const start = source.search(/providers:\s*\[/);
  let list = '';
  if (start >= 0) {
    let depth = 0;
    for (const char of source.slice(source.indexOf('[', start) + 1)) {
      if (char === '[' || char === '{' || char === '(') depth += 1;
      else if (char === ']' || char === '}' || char === ')') {
        if (depth === 0) break;
        depth -= 1;
      } else if (depth === 0) list += char;
    }
  }
  const names = [...list.matchAll(/\b([A-Z][A-Za-z0-9_]*)\b/g)].map((match) => match[1]);
  const imports = new Map<string, string>();
  for (const [, specifiers, from] of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g))
    for (const specifier of specifiers.split(',')) imports.set(specifier.replace(/^\s*type\s+/, '').trim(), from);
  return [...new Set(names)].filter((name) => imports.has(name) || source.includes(`class ${name}`)).map((name) => ({ name, from: imports.get(name) ?? '.' }));
}

describe('BFF modules register only their own folder’s providers', () => {
  const files = moduleFiles(root);

  it('finds the modules', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s', (_name, file) => {
    const foreign = providersOf(readFileSync(file, 'utf8')).filter(({ from }) => from !== '.' && !from.startsWith('./') && !from.startsWith('@nestjs/'));
    expect(foreign).toEqual([]);
  });
});
