import { Global, Module } from '@nestjs/common';
import { InvalidationBus } from './invalidation-bus';
import { PublicReadCache } from './public-read-cache';

/**
 * The public-read cache, once for the whole BFF. Its invalidation bus comes from SharedStateModule:
 * in memory for one instance, over Redis when REDIS_URL is set.
 */
@Global()
@Module({
  providers: [{ provide: PublicReadCache, useFactory: (bus: InvalidationBus) => new PublicReadCache(bus), inject: [InvalidationBus] }],
  exports: [PublicReadCache],
})
export class CacheModule {}
