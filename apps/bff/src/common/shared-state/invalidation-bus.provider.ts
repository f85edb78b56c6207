import type { Provider } from '@nestjs/common';
import type Redis from 'ioredis';
import { InvalidationBus, LocalInvalidationBus } from '../cache/invalidation-bus';
import { REDIS, REDIS_KEY_PREFIX } from './redis-connection';
import { RedisInvalidationBus } from './redis-invalidation-bus';

/** Closes the bus's own subscriber connection at shutdown (SharedStateModule calls it). */
export const closeInvalidationBus = new WeakMap<InvalidationBus, () => Promise<void>>();

/**
 * The public-read cache's invalidation bus: over Redis publish/subscribe when REDIS_URL is set (several instances), in
 * this process's memory otherwise. The subscriber needs a connection of its own (Redis allows nothing else on one
 * that subscribed).
 */
export const invalidationBusProvider: Provider = {
  provide: InvalidationBus,
  inject: [REDIS, REDIS_KEY_PREFIX],
  useFactory: (redis: Redis | null, prefix: string): InvalidationBus => {
    if (!redis) return new LocalInvalidationBus();
    const subscriber = redis.duplicate();
    const bus = new RedisInvalidationBus(redis, subscriber, prefix);
    closeInvalidationBus.set(bus, async () => {
      await subscriber.quit().catch(() => subscriber.disconnect());
    });
    return bus;
  },
};
