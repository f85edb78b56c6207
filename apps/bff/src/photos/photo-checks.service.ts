import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config/configuration';
import { MessageWorkflow } from '../messages/message-workflow.service';
import { MessageStore } from '../messages/message.store';
import { OutboxService } from '../outbox/outbox.service';
import { FAKE_PUSH_TOKEN } from '../wechat/fake-wechat-server';
import type { WechatClient } from '../wechat/wechat.client';
import { WECHAT_CLIENT } from '../wechat/wechat.module';
import { IMAGE_STORAGE, type ImageStorage, readKeptImage } from './image-storage';

const CHECK_TOKEN = /^[a-f0-9]{48}$/;
/** A push older (or newer) than this is refused: a recorded push cannot be replayed later. */
const PUSH_MAX_SKEW_SECONDS = 300;
/** Statuses a flagged photo takes a message out of, back to the office (message-transitions.ts `hold`). */
const HOLDABLE = new Set(['submitted', 'assigned', 'returned']);

/**
 * WeChat's check of each attached photo (mediaCheckAsync, issue 16). The submission queues one outbox item per photo;
 * sending it gives WeChat a one-time URL to download the photo from; WeChat pushes its verdict later (event
 * wxa_media_check) naming the trace_id. A photo called risky (or sent for a human look) holds its message for the office,
 * and is never shown on the board. Without WeChat configured photos stay `unchecked`: the office's approval for the
 * board is then the only look they get.
 */
@Injectable()
export class PhotoChecksService implements OnModuleInit {
  private readonly logger = new Logger('PhotoChecks');
  private readonly publicBaseUrl?: string;
  private readonly pushToken?: string;

  constructor(
    private readonly store: MessageStore,
    private readonly workflow: MessageWorkflow,
    private readonly outbox: OutboxService,
    @Inject(WECHAT_CLIENT) private readonly wechat: WechatClient | null,
    @Inject(IMAGE_STORAGE) private readonly storage: ImageStorage,
    config: ConfigService<AppConfig, true>,
  ) {
    // Development with the fake WeChat (never production): it downloads from and pushes to this very process.
    const fake = config.get('wechat.fake', { infer: true });
    this.publicBaseUrl =
      config.get('photos.publicBaseUrl', { infer: true }) ?? (fake ? `http://127.0.0.1:${config.get('app.port', { infer: true })}` : undefined);
    this.pushToken = config.get('wechat.pushToken', { infer: true }) ?? (fake ? FAKE_PUSH_TOKEN : undefined);
  }

  onModuleInit(): void {
    this.outbox.handle('media_check', (item) => this.send(item.recipientId));
  }

  /** The outbox's send: a failure throws and is retried (backoff, then `dead` for the office to see). */
  private async send(imageId: number): Promise<void> {
    if (!this.wechat) return;
    if (!this.publicBaseUrl) throw new Error('PUBLIC_BASE_URL is not set: WeChat has nowhere to download the photo from');
    const images = this.store.repositories.images;
    const image = await images.findById(imageId);
    if (!image || image.checkStatus === 'passed' || image.checkStatus === 'flagged') return;
    const openid = await images.ownerOpenid(image.citizenId);
    if (!openid) return;
    const checkToken = image.checkToken ?? randomBytes(24).toString('hex');
    await images.startCheck(image.id, checkToken);
    const traceId = await this.wechat.mediaCheckAsync(openid, `${this.publicBaseUrl}/api/wechat/media/${checkToken}`);
    await images.recordTraceId(image.id, traceId);
  }

  /** WeChat downloading a photo it checks: only while the check runs, by its one-time name. */
  async mediaForWechat(checkToken: string): Promise<Buffer> {
    const image = CHECK_TOKEN.test(checkToken) ? await this.store.repositories.images.findByCheckToken(checkToken) : null;
    return readKeptImage(this.storage, image);
  }

  /** WeChat's message push signature (plaintext mode): sha1 of the sorted Token, timestamp and nonce. */
  verifySignature(query: { signature?: string; timestamp?: string; nonce?: string }, now = Date.now()): boolean {
    const { signature, timestamp, nonce } = query;
    if (!this.pushToken || !signature || !timestamp || !nonce || !/^\d{1,12}$/.test(timestamp)) return false;
    if (Math.abs(now / 1000 - Number(timestamp)) > PUSH_MAX_SKEW_SECONDS) return false;
    const expected = createHash('sha1').update([this.pushToken, timestamp, nonce].sort().join('')).digest('hex');
    return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
  }

  /** A verified push. Anything but a media check's verdict is ignored; a repeated verdict changes nothing. */
  async receivePush(push: unknown): Promise<void> {
    const event = push as { Event?: unknown; trace_id?: unknown; errcode?: unknown; result?: { suggest?: unknown } } | null;
    if (event?.Event !== 'wxa_media_check' || typeof event.trace_id !== 'string') return;
    const suggest = event.errcode === 0 ? event.result?.suggest : 'review';
    await this.recordVerdict(event.trace_id, suggest === 'pass' ? 'passed' : 'flagged');
  }

  private async recordVerdict(traceId: string, verdict: 'passed' | 'flagged'): Promise<void> {
    // The push may overtake the recording of its trace_id (WeChat answers the request, then downloads at once).
    let image = await this.store.repositories.images.findByTraceId(traceId);
    for (let attempt = 0; !image && attempt < 20; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      image = await this.store.repositories.images.findByTraceId(traceId);
    }
    if (!image) {
      this.logger.warn({ msg: 'media check verdict for an unknown trace_id', traceId });
      return;
    }
    if (image.checkStatus !== 'checking') return;
    await this.store.transaction(
      async ({ images, messages }) => {
        await images.recordVerdict(image.id, verdict);
        if (verdict === 'passed' || image.messageId === null) return;
        this.logger.warn({ msg: 'WeChat flagged a photo, holding its message', imageId: image.id, messageId: image.messageId });
        const message = await messages.findById(image.messageId);
        if (!message || !HOLDABLE.has(message.status)) return;
        await this.workflow.transition(
          messages,
          message,
          'hold',
          { moderation: 'review', assignedAgencyId: null, assignedAt: null, dueAt: null },
          { actorType: 'system', actorId: null },
          { reason: '微信图片检测提示图片可能违规，待政务公开办审核' },
        );
      },
      { retry: true },
    );
  }
}
