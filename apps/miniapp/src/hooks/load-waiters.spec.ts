import { LoadWaiters } from './load-waiters';

/** Whether each promise has settled by now (after pending callbacks ran). */
async function settledOf(promises: Array<Promise<void>>): Promise<boolean[]> {
  const states = promises.map(() => false);
  promises.forEach((promise, index) => void promise.then(() => (states[index] = true)));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return states;
}

describe('LoadWaiters', () => {
  it('answers a refresh with the load started after it, not with the one already under way', async () => {
    const waiters = new LoadWaiters();
    const underWay = waiters.started();
    const refresh = waiters.wait();
    waiters.settled(underWay);
    expect(await settledOf([refresh])).toEqual([false]);
    const next = waiters.started();
    waiters.settled(next);
    expect(await settledOf([refresh])).toEqual([true]);
  });

  it('answers refreshes whose load was replaced with the load that replaced it', async () => {
    const waiters = new LoadWaiters();
    const first = waiters.wait();
    waiters.started(); // replaced before it settles (a second pull, or the page's deps changed): it never reports
    const second = waiters.wait();
    const replacing = waiters.started();
    expect(await settledOf([first, second])).toEqual([false, false]);
    waiters.settled(replacing);
    expect(await settledOf([first, second])).toEqual([true, true]);
  });

  it('keeps a refresh asked for after a load started waiting for the next', async () => {
    const waiters = new LoadWaiters();
    const early = waiters.wait();
    const load = waiters.started();
    const late = waiters.wait();
    waiters.settled(load);
    expect(await settledOf([early, late])).toEqual([true, false]);
  });

  it('lets everybody go when the page goes away', async () => {
    const waiters = new LoadWaiters();
    const pending = [waiters.wait(), waiters.wait()];
    waiters.release();
    expect(await settledOf(pending)).toEqual([true, true]);
  });
});
