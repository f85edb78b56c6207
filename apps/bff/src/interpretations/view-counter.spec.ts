import type { EntityManager } from 'typeorm';
import { Interpretations } from './interpretation.repository';
import type { InterpretationStore } from './interpretation.store';
import { ViewCounter } from './view-counter';

describe('ViewCounter', () => {
  // The real repository method over a manager that records its statements.
  const store = (run: (sql: string, params: unknown[]) => void) =>
    ({
      transaction: <T>(work: (repositories: { interpretations: Interpretations }) => Promise<T>) => {
        const manager = { query: async (sql: string, params: unknown[]) => run(sql, params) } as unknown as EntityManager;
        return work({ interpretations: new Interpretations(manager) });
      },
    }) as unknown as InterpretationStore;

  it('writes one UPDATE per interpretation with the sum of its views, when flushed and when the BFF stops', async () => {
    const updates: unknown[][] = [];
    const counter = new ViewCounter(
      store((sql, params) => {
        expect(sql).toMatch(/^UPDATE `interpretation` SET `viewCount` = `viewCount` \+ \? WHERE `id` = \?$/);
        updates.push(params);
      }),
    );
    for (let n = 0; n < 5; n++) counter.count(7);
    counter.count(3);
    expect(updates).toEqual([]);
    await counter.flush();
    expect(updates).toEqual([
      [1, 3],
      [5, 7],
    ]);
    counter.count(7);
    await counter.beforeApplicationShutdown();
    expect(updates.at(-1)).toEqual([1, 7]);
    expect(counter.unflushed).toBe(0);
  });

  it('keeps the views of a flush that failed for the next one', async () => {
    let fail = true;
    const updates: unknown[][] = [];
    const counter = new ViewCounter(
      store((_sql, params) => {
        if (fail) throw new Error('database down');
        updates.push(params);
      }),
    );
    counter.count(1);
    counter.count(1);
    await counter.flush();
    expect(counter.unflushed).toBe(2);
    counter.count(1);
    fail = false;
    await counter.flush();
    expect(updates).toEqual([[3, 1]]);
  });
});
