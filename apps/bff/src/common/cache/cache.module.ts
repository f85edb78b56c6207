import { Global, Module } from '@nestjs/common';
import { InvalidationBus, LocalInvalidationBus } from './invalidation-bus';
import { PublicReadCache } from './public-read-cache';
import { ViewCounter } from './view-counter';

/**
 * The public-read cache, its invalidation bus and the view counter, once for the whole BFF. The bus is chosen here and
 * only here: in memory for one instance; issue 14's Redis bus replaces this factory when REDIS_URL is set.
 */
@Global()
@Module({
  providers: [
    { provide: InvalidationBus, useFactory: (): InvalidationBus => new LocalInvalidationBus() },
    { provide: PublicReadCache, useFactory: (bus: InvalidationBus) => new PublicReadCache(bus), inject: [InvalidationBus] },
    ViewCounter,
  ],
  exports: [InvalidationBus, PublicReadCache, ViewCounter],
})
export class CacheModule {}
