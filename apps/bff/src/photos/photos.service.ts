import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ErrorCode, type UploadedImageView } from '@weimin/contracts';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { DomainException } from '../common/errors/domain.exception';
import { RATE_LIMIT_STORE, RateLimiter, type RateLimitStore } from '../common/http/rate-limiter';
import type { AppConfig } from '../config/configuration';
import { MessageStore } from '../messages/message.store';
import { reencodeImage } from './image-file';
import { IMAGE_STORAGE, type ImageStorage, newStorageKey, readKeptImage } from './image-storage';
import { toUploadedImageView } from './photos.mapper';

/** The citizen's uploads (issue 16): checked, re-encoded, kept; read back by their owner only. */
@Injectable()
export class PhotosService {
  private readonly logger = new Logger('Photos');
  private readonly limiter: RateLimiter;

  constructor(
    private readonly store: MessageStore,
    @Inject(IMAGE_STORAGE) private readonly storage: ImageStorage,
    config: ConfigService<AppConfig, true>,
    @Inject(RATE_LIMIT_STORE) rateLimits: RateLimitStore,
  ) {
    this.limiter = new RateLimiter(config.get('photos.uploadsPerHour', { infer: true }), 3_600_000, rateLimits);
  }

  /**
   * One image (as wx.uploadFile sends it). The row and the file are kept together or not at all: a file whose row
   * could not be written is removed again.
   */
  async upload(caller: CitizenCaller, bytes: Buffer): Promise<UploadedImageView> {
    await this.limiter.take([`upload:citizen:${caller.id}`, `upload:ip:${caller.ip ?? 'unknown'}`]);
    const result = await reencodeImage(bytes);
    if ('kind' in result) {
      if (result.kind === 'suspicious') {
        this.logger.warn({ msg: 'refused a suspicious upload', citizenId: caller.id, reason: result.reason });
        throw new DomainException(ErrorCode.PhotoSuspicious, '图片文件含有图片以外的内容，请重新拍摄或截图后上传');
      }
      throw new DomainException(ErrorCode.PhotoNotAnImage, '只能上传JPG或PNG图片');
    }
    const storageKey = newStorageKey();
    await this.storage.put(storageKey, result.bytes);
    try {
      const image = await this.store.repositories.images.insert({
        citizenId: caller.id,
        messageId: null,
        storageKey,
        sha256: createHash('sha256').update(result.bytes).digest('hex'),
        bytes: result.bytes.length,
        width: result.width,
        height: result.height,
        contentType: 'image/jpeg',
        checkStatus: 'unchecked',
        checkToken: null,
        traceId: null,
        boardApprovedAt: null,
        createdAt: new Date(),
      });
      return toUploadedImageView(image);
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
  }

  /** The citizen's own photo; anyone else's (or none) is 404. */
  async own(caller: CitizenCaller, id: number): Promise<Buffer> {
    return readKeptImage(this.storage, await this.store.repositories.images.findOwned(id, caller.id));
  }
}
