import { Clock } from './clock';

describe('Clock', () => {
  it('reads the real time unless a step is pinned to a moment', async () => {
    const clock = new Clock();
    const before = Date.now();
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(before);
    const past = new Date('2025-03-04T01:00:00Z');
    const seen = await clock.at(past, async () => clock.now());
    expect(seen).toEqual(past);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(before);
  });

  it('lets go of the moment when the step fails', async () => {
    const clock = new Clock();
    const past = new Date('2025-03-04T01:00:00Z');
    await expect(
      clock.at(past, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(clock.now()).not.toEqual(past);
  });
});
