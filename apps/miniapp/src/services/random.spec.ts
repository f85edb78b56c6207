import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import type * as RandomModule from './random';
import { randomHex, randomUuid } from './random';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('random ids', () => {
  it('makes version 4 UUIDs and hex strings of the asked length', () => {
    expect(randomUuid()).toMatch(UUID_V4);
    expect(randomHex(8)).toMatch(/^[0-9a-f]{16}$/);
    expect(randomUuid()).not.toBe(randomUuid());
  });

  it('still makes ids on an engine without globalThis (iOS before 12.2), from Math.random', () => {
    // The module run in a fresh V8 context whose global object has no `globalThis` property, as in JavaScriptCore before iOS 12.2.
    const source = ts.transpileModule(readFileSync(join(__dirname, 'random.ts'), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017 },
    }).outputText;
    const context = vm.createContext({ exports: {} });
    vm.runInContext('delete globalThis.globalThis', context);
    expect(vm.runInContext('typeof globalThis', context)).toBe('undefined');
    vm.runInContext(source, context);
    const random = context.exports as typeof RandomModule;

    const ids = new Set(Array.from({ length: 50 }, () => random.randomUuid()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(random.randomHex(4)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('falls back to Math.random when getRandomValues throws', () => {
    const spy = jest.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(() => {
      throw new Error('not supported');
    });
    try {
      expect(randomUuid()).toMatch(UUID_V4);
    } finally {
      spy.mockRestore();
    }
  });
});
