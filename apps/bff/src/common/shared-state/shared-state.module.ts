import { Global, Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Redis from 'ioredis';
import type { AppConfig } from '../../config/configuration';
import { InvalidationBus } from '../cache/invalidation-bus';
import { MemoryRateLimitStore, RATE_LIMIT_STORE, type RateLimitStore } from '../http/rate-limiter';
import { ACCESS_TOKEN_STORE, RedisAccessTokenStore } from './access-token-store';
import { closeInvalidationBus, invalidationBusProvider } from './invalidation-bus.provider';
import { connectRedis, REDIS, REDIS_KEY_PREFIX } from './redis-connection';
import { RedisRateLimitStore } from './redis-rate-limit-store';

/**
 * What several BFF instances must share (docs/operations.md): rate limits and sign-in throttles, the public-read
 * cache's invalidations and the WeChat access_token, through Redis when REDIS_URL is set. Without it each lives in
 * this process's memory, which is right for a single instance. Everything else the instances share is in the
 * database: staff sessions, the outbox's and the schedulers' claims.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>): Redis | null => {
        const url = config.get('redis.url', { infer: true });
        return url ? connectRedis(url) : null;
      },
    },
    {
      provide: REDIS_KEY_PREFIX,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>): string => config.get('redis.keyPrefix', { infer: true }),
    },
    {
      provide: RATE_LIMIT_STORE,
      inject: [REDIS, REDIS_KEY_PREFIX],
      useFactory: (redis: Redis | null, prefix: string): RateLimitStore => (redis ? new RedisRateLimitStore(redis, prefix) : new MemoryRateLimitStore()),
    },
    {
      provide: ACCESS_TOKEN_STORE,
      inject: [REDIS, REDIS_KEY_PREFIX],
      useFactory: (redis: Redis | null, prefix: string): RedisAccessTokenStore | null => (redis ? new RedisAccessTokenStore(redis, prefix) : null),
    },
    invalidationBusProvider,
  ],
  exports: [REDIS, REDIS_KEY_PREFIX, RATE_LIMIT_STORE, ACCESS_TOKEN_STORE, InvalidationBus],
})
export class SharedStateModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    private readonly bus: InvalidationBus,
  ) {}

  /** One line per invalidation this instance acts on, whichever instance announced it (rare: staff writes only). */
  onModuleInit(): void {
    const logger = new Logger('InvalidationBus');
    this.bus.subscribe((topic) => logger.log({ msg: 'public data changed', topic }));
  }

  async onApplicationShutdown(): Promise<void> {
    await closeInvalidationBus.get(this.bus)?.();
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}
