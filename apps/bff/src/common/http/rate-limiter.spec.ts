import { DomainException } from '../errors/domain.exception';
import { MemoryRateLimitStore, RateLimiter } from './rate-limiter';

describe('MemoryRateLimitStore', () => {
  it('counts hits in a sliding window, refuses past the limit without counting, and says when to retry', async () => {
    const store = new MemoryRateLimitStore();
    expect(await store.hit('k', 60_000, 2, 0)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await store.hit('k', 60_000, 2, 10_000)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await store.peek('k', 60_000, 2, 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(await store.hit('k', 60_000, 2, 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    // The refused hits were not counted: the first place frees up when the first hit leaves the window.
    expect(await store.hit('k', 60_000, 2, 60_001)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await store.peek('other', 60_000, 2, 60_001)).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });
});

describe('RateLimiter', () => {
  it('allows the limit per key, then says when to retry', async () => {
    const limiter = new RateLimiter(2, 60_000);
    await limiter.take(['citizen:1', 'ip:a'], 0);
    await limiter.take(['citizen:1', 'ip:a'], 1000);
    let error: unknown;
    try {
      await limiter.take(['citizen:1', 'ip:b'], 2000);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainException);
    expect((error as DomainException).details).toEqual({ retryAfterSeconds: 58 });
    // Another citizen on another address is not affected.
    await expect(limiter.take(['citizen:2', 'ip:c'], 2000)).resolves.toBeUndefined();
    // The window slides.
    await expect(limiter.take(['citizen:1', 'ip:b'], 60_001)).resolves.toBeUndefined();
  });

  it('limits by address too', async () => {
    const limiter = new RateLimiter(1, 60_000);
    await limiter.take(['citizen:1', 'ip:a'], 0);
    await expect(limiter.take(['citizen:2', 'ip:a'], 10)).rejects.toThrow(DomainException);
  });

  it('gives back a hit that turned out to be no new action', async () => {
    const limiter = new RateLimiter(1, 60_000);
    await limiter.take(['citizen:1', 'ip:a'], 0);
    await limiter.giveBack(['citizen:1', 'ip:a'], 0);
    await expect(limiter.take(['citizen:1', 'ip:a'], 10)).resolves.toBeUndefined();
    await expect(limiter.take(['citizen:1', 'ip:a'], 20)).rejects.toThrow(DomainException);
  });

  it('lets one of two requests racing for the last place through, and the loser counts nothing', async () => {
    const limiter = new RateLimiter(1, 60_000);
    // Both pass the first look before either counts; the store's atomic hit decides.
    const raced = await Promise.allSettled([limiter.take(['citizen:1', 'ip:a'], 0), limiter.take(['citizen:1', 'ip:b'], 0)]);
    expect(raced.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const loser = raced.findIndex((result) => result.status === 'rejected');
    // The loser's address was given back: another citizen there may still post; the winner's address is full.
    await expect(limiter.take(['citizen:2', loser === 0 ? 'ip:a' : 'ip:b'], 10)).resolves.toBeUndefined();
    await expect(limiter.take(['citizen:3', loser === 0 ? 'ip:b' : 'ip:a'], 10)).rejects.toThrow(DomainException);
  });
});

describe('MemoryRateLimitStore with windows of several lengths', () => {
  it('never forgets a key of a long window because a short one was idle', async () => {
    const store = new MemoryRateLimitStore();
    await store.hit('hour', 3_600_000, 1, 0);
    // Past 100,000 keys the store forgets idle ones; a one-minute key must not make it forget the hour's.
    for (let i = 0; i <= 100_000; i += 1) await store.hit(`minute:${i}`, 60_000, 1, 120_000);
    expect(await store.peek('hour', 3_600_000, 1, 120_000)).toMatchObject({ allowed: false });
  });
});
