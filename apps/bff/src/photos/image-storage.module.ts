import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config/configuration';
import { IMAGE_STORAGE, LocalDiskImageStorage } from './image-storage';

/**
 * IMAGE_STORAGE for every feature that reads photos (messages, board, photos). Local disk under PHOTO_STORAGE_DIR; a
 * deployment keeping photos elsewhere replaces this provider with its own ImageStorage.
 */
@Global()
@Module({
  providers: [
    {
      provide: IMAGE_STORAGE,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => new LocalDiskImageStorage(config.get('photos.storageDir', { infer: true })),
    },
  ],
  exports: [IMAGE_STORAGE],
})
export class ImageStorageModule {}
