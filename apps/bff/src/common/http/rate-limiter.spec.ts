import { DomainException } from '../errors/domain.exception';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows the limit per key, then says when to retry', () => {
    const limiter = new RateLimiter(2, 60_000);
    limiter.take(['citizen:1', 'ip:a'], 0);
    limiter.take(['citizen:1', 'ip:a'], 1000);
    let error: unknown;
    try {
      limiter.take(['citizen:1', 'ip:b'], 2000);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainException);
    expect((error as DomainException).details).toEqual({ retryAfterSeconds: 58 });
    // Another citizen on another address is not affected.
    expect(() => limiter.take(['citizen:2', 'ip:c'], 2000)).not.toThrow();
    // The window slides.
    expect(() => limiter.take(['citizen:1', 'ip:b'], 60_001)).not.toThrow();
  });

  it('limits by address too', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.take(['citizen:1', 'ip:a'], 0);
    expect(() => limiter.take(['citizen:2', 'ip:a'], 10)).toThrow(DomainException);
  });

  it('gives back a hit that turned out to be no new action', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.take(['citizen:1', 'ip:a'], 0);
    limiter.giveBack(['citizen:1', 'ip:a'], 0);
    expect(() => limiter.take(['citizen:1', 'ip:a'], 10)).not.toThrow();
    expect(() => limiter.take(['citizen:1', 'ip:a'], 20)).toThrow(DomainException);
  });
});
