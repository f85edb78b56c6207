import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Suffixes a bare relative import may stand for: Taro picks `x.weapp.ts` / `x.h5.ts` over `x.ts` per build, so each counts. */
const VARIANTS = ['', '.weapp', '.h5'];
const EXTENSIONS = ['.ts', '.tsx'];

/**
 * The relative imports of one module that exist at run time: `import type`, `import { type X }` with only type
 * names and `export type … from` are erased by the compiler and cannot make a cycle. Dynamic `import()` counts.
 */
export function runtimeImports(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly =
        node.isTypeOnly || (!!node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.filter((specifier) => specifier.startsWith('.'));
}

/** Every file a relative specifier may load, all platform variants included. */
function resolveSpecifier(from: string, specifier: string, exists: (path: string) => boolean): string[] {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, ...VARIANTS.flatMap((variant) => EXTENSIONS.flatMap((ext) => [base + variant + ext, join(base, `index${variant}${ext}`)]))];
  return [...new Set(candidates.filter(exists))];
}

/** Import cycles among `modules` (path → source), each as the list of paths around it, the first repeated at the end. */
export function findImportCycles(modules: Map<string, string>): string[][] {
  const graph = new Map<string, string[]>();
  for (const [path, source] of modules) {
    graph.set(
      path,
      runtimeImports(path, source).flatMap((specifier) => resolveSpecifier(path, specifier, (candidate) => modules.has(candidate))),
    );
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const walk = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) walk(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) walk(node);
  return cycles;
}

/** The TypeScript sources of a folder, tests left out (they import what they test, never the other way). */
export function readSources(root: string): Map<string, string> {
  const modules = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.(spec|test)\.tsx?$/.test(name) && !name.endsWith('.d.ts')) modules.set(path, readFileSync(path, 'utf8'));
    }
  };
  if (existsSync(root)) walk(root);
  return modules;
}

export function describeCycle(cycle: string[], root: string): string {
  return cycle.map((path) => relative(root, path)).join(' → ');
}
