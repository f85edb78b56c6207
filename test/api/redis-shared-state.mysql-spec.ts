// The Redis side of several instances (docs/operations.md), against the real Redis the api-mysql suite is given:
// the rate-limit store answers as the in-memory one and never counts past a limit however many instances race for it,
// and an invalidation published by one instance has run in every other before `publish` resolves.
import { randomUUID } from 'node:crypto';
import { DomainException } from '../../apps/bff/src/common/errors/domain.exception';
import { MemoryRateLimitStore, RateLimiter, type RateLimitStore } from '../../apps/bff/src/common/http/rate-limiter';
import { RedisAccessTokenStore } from '../../apps/bff/src/common/shared-state/access-token-store';
import { connectRedis } from '../../apps/bff/src/common/shared-state/redis-connection';
import { RedisInvalidationBus } from '../../apps/bff/src/common/shared-state/redis-invalidation-bus';
import { RedisRateLimitStore } from '../../apps/bff/src/common/shared-state/redis-rate-limit-store';

const REDIS_URL = process.env.REDIS_URL;
const CI = process.env.CI === 'true' || process.env.CI === '1';
if (!REDIS_URL && CI) throw new Error('REDIS_URL is required under CI: test/run.mjs passes it to the api-mysql suite once Redis answers');

(REDIS_URL ? describe : describe.skip)('shared state in Redis', () => {
  const clients: Array<ReturnType<typeof connectRedis>> = [];
  const connect = (url = REDIS_URL!) => {
    const client = connectRedis(url);
    clients.push(client);
    return client;
  };
  const prefix = () => `weimin-test-${process.pid}-${randomUUID().slice(0, 8)}:`;
  afterAll(async () => {
    for (const client of clients) client.disconnect();
  });

  it('answers hit, peek and unhit exactly as the in-memory store', async () => {
    const stores: RateLimitStore[] = [new MemoryRateLimitStore(), new RedisRateLimitStore(connect(), prefix())];
    const runs = await Promise.all(
      stores.map(async (store) => [
        await store.hit('k', 60_000, 2, 1_000),
        await store.hit('k', 60_000, 2, 11_000),
        await store.peek('k', 60_000, 2, 21_000),
        await store.hit('k', 60_000, 2, 31_000),
        await store.unhit('k', 11_000),
        await store.hit('k', 60_000, 2, 32_000),
        await store.hit('k', 60_000, 2, 33_000),
        await store.hit('k', 60_000, 2, 61_001),
        await store.peek('other', 60_000, 2, 61_001),
      ]),
    );
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[0][3]).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it('never counts past the limit when three instances race for one citizen', async () => {
    const keyPrefix = prefix();
    const limiters = [1, 2, 3].map(() => new RateLimiter(5, 3_600_000, new RedisRateLimitStore(connect(), keyPrefix)));
    const now = Date.now();
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => limiters[i % 3].take(['citizen:7', `ip:${i % 4}`], now)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5);
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DomainException);
    expect(await clients[clients.length - 1].zcard(`${keyPrefix}rate:citizen:7`)).toBe(5);
    // Hits the losers counted on their addresses were given back: the four addresses hold the five winners only.
    const perAddress = await Promise.all([0, 1, 2, 3].map((i) => clients[clients.length - 1].zcard(`${keyPrefix}rate:ip:${i}`)));
    expect(perAddress.reduce((sum, n) => sum + n, 0)).toBe(5);
  });

  it('resolves publish only after every other instance has run its listeners; another prefix hears nothing', async () => {
    const shared = prefix();
    const buses = [0, 1, 2].map(() => new RedisInvalidationBus(connect(), connect(), shared));
    const stranger = new RedisInvalidationBus(connect(), connect(), prefix());
    const heard: string[][] = [[], [], [], []];
    [...buses, stranger].forEach((bus, index) => bus.subscribe((topic) => heard[index].push(topic)));
    await Promise.all([...buses, stranger].map((bus) => bus.ready)); // every instance listens
    await buses[0].publish('notices');
    // No waiting here: publish has resolved, so every instance has dropped its copies already.
    expect(heard).toEqual([['notices'], ['notices'], ['notices'], []]);
    await buses[2].publish('interpretations');
    expect(heard.slice(0, 3)).toEqual([0, 1, 2].map(() => ['notices', 'interpretations']));
  });

  it('keeps the WeChat token with its expiry, and forgets it when it expires', async () => {
    const store = new RedisAccessTokenStore(connect(), prefix());
    expect(await store.get('wx0000000000000000')).toBeNull();
    await store.set('wx0000000000000000', { value: 'token-1', expiresAt: Date.now() + 60_000 });
    expect(await store.get('wx0000000000000000')).toMatchObject({ value: 'token-1' });
    await store.set('wx0000000000000000', { value: 'token-2', expiresAt: Date.now() + 300 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await store.get('wx0000000000000000')).toBeNull();
  });

  it('answers 503 when Redis cannot be reached, within seconds', async () => {
    const store = new RedisRateLimitStore(connect('redis://127.0.0.1:1'), prefix());
    const started = Date.now();
    const error = await store.hit('k', 60_000, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainException);
    expect((error as DomainException).code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
