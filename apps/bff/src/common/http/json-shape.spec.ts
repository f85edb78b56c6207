import { jsonShapeProblem } from './json-shape';

const bounds = { maxDepth: 4, maxKeys: 5, maxArrayLength: 3 };

describe('jsonShapeProblem', () => {
  it.each([
    '{}',
    '[]',
    '{"a":{"b":{"c":[1]}}}',
    '{"a":1,"b":2,"c":3,"d":4,"e":5}',
    '[1,2,3]',
    '[[1,2,3],[4,5,6],[7,8,9]]',
    // Brackets, colons and commas inside strings, escaped quotes included, are text.
    '{"a":"[[[[[{{{{:::::,,,,,\\"[[[[[[,,,,"}',
    'not json at all',
  ])('accepts %s', (text) => {
    expect(jsonShapeProblem(text, bounds)).toBeNull();
  });

  it.each([
    ['{"a":{"b":{"c":{"d":{}}}}}', 'JSON nested deeper than 4 levels'],
    ['[[[[[]]]]]', 'JSON nested deeper than 4 levels'],
    ['{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6}', 'more than 5 keys in the body'],
    ['[{"a":1,"b":2},{"c":3,"d":4},{"e":5,"f":6}]', 'more than 5 keys in the body'],
    ['[1,2,3,4]', 'an array longer than 3 items'],
    ['{"a":[[1],[2],[3],[4]]}', 'an array longer than 3 items'],
  ])('refuses %s', (text, problem) => {
    expect(jsonShapeProblem(text, bounds)).toBe(problem);
  });

  it('judges a body nested 10,000 deep, or with 50,000 keys, in one cheap pass', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const wide = `{${Array.from({ length: 50_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
    const started = performance.now();
    expect(jsonShapeProblem(deep, { maxDepth: 10, maxKeys: 1000, maxArrayLength: 1000 })).toBe('JSON nested deeper than 10 levels');
    expect(jsonShapeProblem(wide, { maxDepth: 10, maxKeys: 1000, maxArrayLength: 1000 })).toBe('more than 1000 keys in the body');
    expect(performance.now() - started).toBeLessThan(100);
  });
});
