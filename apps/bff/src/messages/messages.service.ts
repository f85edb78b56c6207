import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AuditAction, CreateMessageRequest, ErrorCode, MESSAGE_IMAGES_MAX, MyMessageSummary, MyMessageView, RateMessageRequest } from '@weimin/contracts';
import type { Agency } from '../agencies/agency.entity';
import { chinaDay } from '../calendar/working-days';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { DomainException } from '../common/errors/domain.exception';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { RATE_LIMIT_STORE, RateLimiter, type RateLimitStore } from '../common/http/rate-limiter';
import { ContactCipher } from '../common/privacy/contact-cipher';
import { Segmenter } from '../common/text/segmenter';
import type { AppConfig } from '../config/configuration';
import { toOwnImageView } from '../photos/photos.mapper';
import { MessageRouter } from '../routing/message-router';
import { MessageWorkflow } from './message-workflow.service';
import type { Message } from './message.entity';
import { MessageStore, type MessageTransaction } from './message.store';
import { toMyMessageView, toMySummary, toReplyView, type Contact } from './messages.mapper';
import { ModerationService } from './moderation.service';

const IDEMPOTENCY_KEY = /^[\w-]{16,64}$/;

/** The citizen's side of messages: submit, follow, rate (docs/domain.md §3). */
@Injectable()
export class MessagesService {
  readonly cipher: ContactCipher;
  private readonly limiter: RateLimiter;
  /** Submissions under way in this process, by citizen and Idempotency-Key: a retry waits for its original. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: MessageStore,
    private readonly workflow: MessageWorkflow,
    private readonly moderation: ModerationService,
    private readonly router: MessageRouter,
    private readonly segmenter: Segmenter,
    config: ConfigService<AppConfig, true>,
    @Inject(RATE_LIMIT_STORE) rateLimits: RateLimitStore,
  ) {
    this.cipher = new ContactCipher(config.get('citizens.contactKey', { infer: true }));
    this.limiter = new RateLimiter(config.get('citizens.postsPerHour', { infer: true }), 3_600_000, rateLimits);
  }

  /**
   * docs/security.md §18: the same Idempotency-Key from the same citizen yields the same message, however many times and
   * however concurrently it is sent; the same key with a different body is 422. Everything commits together.
   * A retry is answered, never refused for rate nor counted against the hourly limit (docs/security.md §20): in this
   * process it waits for its original, and a twin that lost the race in another process gives its count back.
   */
  async submit(caller: CitizenCaller, idempotencyKey: string | undefined, request: CreateMessageRequest): Promise<{ created: boolean; view: MyMessageView }> {
    if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new DomainException(ErrorCode.ValidationFailed, '缺少或无效的 Idempotency-Key', [
        { field: 'Idempotency-Key', messages: ['a 16-64 character key is required'] },
      ]);
    }
    const slot = `${caller.id}:${idempotencyKey}`;
    for (let original = this.inFlight.get(slot); original; original = this.inFlight.get(slot)) await original.catch(() => undefined);
    const submission = this.submitOnce(caller, idempotencyKey, request);
    this.inFlight.set(slot, submission);
    try {
      return await submission;
    } finally {
      if (this.inFlight.get(slot) === submission) this.inFlight.delete(slot);
    }
  }

  private async submitOnce(caller: CitizenCaller, idempotencyKey: string, request: CreateMessageRequest): Promise<{ created: boolean; view: MyMessageView }> {
    const requestHash = createHash('sha256')
      .update(JSON.stringify(request, Object.keys(request).sort()))
      .digest('hex');
    const replay = await this.replay(caller.id, idempotencyKey, requestHash);
    if (replay) return { created: false, view: replay };

    const limits = [`citizen:${caller.id}`, `ip:${caller.ip ?? 'unknown'}`];
    const countedAt = Date.now();
    await this.limiter.take(limits, countedAt);
    const imageIds = await this.checkImages(caller.id, request.imageIds);
    const contactPhone = request.contactPhone || (await this.boundPhone(caller.id));
    const target = await this.checkTarget(request);
    const asked = await this.checkInterpretation(request);
    const verdict = await this.moderation.check(caller.openid, request.title, request.content);
    if (verdict === 'risky') {
      throw new DomainException(ErrorCode.ValidationFailed, '留言含有不宜发布的内容，请修改后再提交', [{ field: 'content', messages: ['含有不宜发布的内容'] }]);
    }
    const route =
      verdict === 'review'
        ? null
        : target
          ? { agencyId: target.id, by: 'target' as const, reason: null }
          : ((asked && (await this.draftingAgencyRoute(asked))) ?? (await this.router.routeByRules(this.store.repositories.rules, request)));

    let id: number;
    try {
      id = await this.store.transaction(
        (tx) => this.create(tx, caller, idempotencyKey, requestHash, { ...request, contactPhone, imageIds }, verdict === 'review', route),
        {
          retry: true,
        },
      );
    } catch (error) {
      // Nothing was stored: a twin won the race, or the database failed. Either way this was no new message.
      await this.limiter.giveBack(limits, countedAt);
      if (!isUniqueViolation(error)) throw error;
      // A concurrent request with the same key won: answer with its message.
      const winner = await this.replay(caller.id, idempotencyKey, requestHash, true);
      if (!winner) throw error;
      return { created: false, view: winner };
    }
    return { created: true, view: await this.mine(caller, id) };
  }

  async listMine(caller: CitizenCaller): Promise<MyMessageSummary[]> {
    const rows = await this.store.repositories.messages.listForCitizen(caller.id);
    return rows.map(toMySummary);
  }

  /** The decrypted contact, or null once the retention job has anonymised it (docs/security.md §26). */
  contactOf(message: Pick<Message, 'contactNameEncrypted' | 'contactPhoneEncrypted' | 'anonymisedAt'>): Contact | null {
    if (message.anonymisedAt) return null;
    return { name: this.cipher.decrypt(message.contactNameEncrypted), phone: this.cipher.decrypt(message.contactPhoneEncrypted) };
  }

  /** Another citizen's message is 404, never 403. */
  async mine(caller: CitizenCaller, id: number): Promise<MyMessageView> {
    const { messages, directory } = this.store.repositories;
    const message = await messages.findForCitizen(id, caller.id);
    if (!message) throw DomainException.notFound('留言');
    const replies = await messages.replies(id);
    const agencies = await directory.agencyNames(replies.map((r) => r.agencyId));
    const images = await this.store.repositories.images.forMessage(id);
    return toMyMessageView(
      message,
      this.contactOf(message),
      replies.map((reply) => toReplyView(reply, agencies.get(reply.agencyId) ?? '')),
      images.map(toOwnImageView),
    );
  }

  /** 满意 / 基本满意 / 不满意, once per reply; rating closes the message (已办结). */
  async rate(caller: CitizenCaller, id: number, request: RateMessageRequest): Promise<MyMessageView> {
    await this.store.transaction(async ({ messages, audit }) => {
      const message = await messages.findForCitizen(id, caller.id);
      if (!message) throw DomainException.notFound('留言');
      const now = this.workflow.now();
      await this.workflow.transition(
        messages,
        message,
        'rate',
        { rating: request.rating, ratingComment: request.comment?.trim() || null, ratedAt: now, closedAt: now },
        { actorType: 'citizen', actorId: caller.id },
        { reason: request.rating },
      );
      await audit.recordCitizen(caller, {
        action: AuditAction.MessageRated,
        objectType: 'message',
        objectId: id,
        agencyId: message.assignedAgencyId,
      });
    });
    return this.mine(caller, id);
  }

  private async create(
    { messages, calendar, audit, images, outbox }: MessageTransaction,
    caller: CitizenCaller,
    key: string,
    requestHash: string,
    request: CreateMessageRequest,
    held: boolean,
    route: { agencyId: number; by: 'target' | 'rule' | 'interpretation'; reason: string | null } | null,
  ): Promise<number> {
    const now = this.workflow.now();
    // Claim the key first: a concurrent twin fails here, before writing anything else.
    await messages.claimIdempotencyKey({ citizenId: caller.id, key, requestHash, messageId: null, createdAt: now });
    const status = held ? 'held' : route ? 'assigned' : 'submitted';
    const message = await messages.insert({
      // Unique until the id is known, and never derived from client input: keys may share any prefix.
      caseNo: `pending-${randomBytes(12).toString('hex')}`,
      citizenId: caller.id,
      type: request.type,
      channel: request.channel,
      status: 'submitted',
      targetAgencyId: request.targetAgencyId ?? null,
      assignedAgencyId: null,
      interpretationId: request.interpretationId ?? null,
      title: request.title,
      content: request.content,
      contactNameEncrypted: this.cipher.encrypt(request.contactName),
      contactPhoneEncrypted: this.cipher.encrypt(request.contactPhone),
      isPublic: request.isPublic,
      moderation: held ? 'review' : 'passed',
      // 就此政策咨询 reaches the drafting agency as if the citizen had named it.
      routedBy: route ? (route.by === 'rule' ? 'rule' : 'target') : null,
      notifyOnReply: request.notifyOnReply ?? false,
      submittedAt: now,
    });
    // 受理编号: city prefix, China date, sequence.
    message.caseNo = `LX${chinaDay(now).replace(/-/g, '')}${String(message.id).padStart(6, '0')}`;
    await messages.setCaseNo(message.id, message.caseNo);
    message.version += 1; // the update above counted as a change
    await messages.linkIdempotencyKey(caller.id, key, message.id);
    await messages.indexNewForBoard(this.segmenter, message, request.contactName);
    // The photos join the message here or not at all; each goes to WeChat's check once the message is stored.
    const imageIds = request.imageIds ?? [];
    if (imageIds.length > 0 && (await images.attach(imageIds, caller.id, message.id)) !== imageIds.length) throw imagesNotAvailable();
    for (const imageId of imageIds) await outbox.enqueue('media_check', `media_check:${imageId}`, imageId, { messageId: message.id }, now);

    await this.workflow.transition(
      messages,
      message,
      'submit',
      {},
      { actorType: 'citizen', actorId: caller.id },
      { toStatus: held ? 'held' : 'submitted', agencyId: null },
    );
    if (status === 'assigned' && route) {
      await this.workflow.transition(
        messages,
        message,
        'dispatch',
        await this.workflow.assignment(calendar, message, route.agencyId, now),
        { actorType: 'system', actorId: null },
        {
          agencyId: route.agencyId,
          reason: route.by === 'target' ? '留言人指定' : route.reason,
        },
      );
    }
    await audit.recordCitizen(caller, {
      action: AuditAction.MessageSubmitted,
      objectType: 'message',
      objectId: message.id,
      agencyId: route?.agencyId ?? null,
    });
    return message.id;
  }

  private async replay(citizenId: number, key: string, requestHash: string, waitForWinner = false): Promise<MyMessageView | null> {
    for (let attempt = 0; attempt < (waitForWinner ? 50 : 1); attempt++) {
      const record = await this.store.repositories.messages.findIdempotencyRecord(citizenId, key);
      if (record && record.requestHash !== requestHash) {
        throw new DomainException(ErrorCode.MessageIdempotencyKeyReused, '同一个 Idempotency-Key 不能用于不同的留言内容');
      }
      if (record?.messageId) return this.mine({ id: citizenId, openid: '', ip: null, traceId: null }, record.messageId);
      if (waitForWinner) await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }

  /** At most MESSAGE_IMAGES_MAX, each the caller's own and on no message yet (checked again as they are attached). */
  private async checkImages(citizenId: number, imageIds: number[] | undefined): Promise<number[]> {
    if (!imageIds?.length) return [];
    if (imageIds.length > MESSAGE_IMAGES_MAX) {
      throw new DomainException(ErrorCode.PhotoTooMany, `每条留言最多${MESSAGE_IMAGES_MAX}张图片`, [
        { field: 'imageIds', messages: [`at most ${MESSAGE_IMAGES_MAX}`] },
      ]);
    }
    if ((await this.store.repositories.images.countAttachable(imageIds, citizenId)) !== imageIds.length) throw imagesNotAvailable();
    return imageIds;
  }

  /** An empty contact phone means "the number I bound through WeChat" (getPhoneNumber, docs/security.md §3). */
  private async boundPhone(citizenId: number): Promise<string> {
    const phoneEncrypted = await this.store.repositories.directory.citizenPhoneEncrypted(citizenId);
    if (!phoneEncrypted) {
      throw new DomainException(ErrorCode.ValidationFailed, '请填写11位手机号码', [
        { field: 'contactPhone', messages: ['请填写11位手机号码，或先绑定微信手机号'] },
      ]);
    }
    return this.cipher.decrypt(phoneEncrypted);
  }

  /** 就此政策咨询: the interpretation must be published now (a draft or withdrawn one is 400, like an unknown id). */
  private async checkInterpretation(request: CreateMessageRequest): Promise<{ id: number; title: string; agencyId: number } | null> {
    if (request.interpretationId === undefined) return null;
    const found = await this.store.repositories.directory.findPublishedInterpretation(request.interpretationId);
    if (!found) {
      throw new DomainException(ErrorCode.ValidationFailed, '所咨询的政策解读不存在或已撤回', [
        { field: 'interpretationId', messages: ['须为已发布的政策解读'] },
      ]);
    }
    return found;
  }

  /** The drafting agency of the interpretation asked about, if it still takes messages; else the keyword rules decide. */
  private async draftingAgencyRoute(asked: { title: string; agencyId: number }) {
    const agency = await this.store.repositories.directory.findActiveAgency(asked.agencyId);
    return agency ? { agencyId: agency.id, by: 'interpretation' as const, reason: `就此政策咨询：${asked.title}` } : null;
  }

  private async checkTarget(request: CreateMessageRequest): Promise<Agency | null> {
    if (request.channel === 'unit_board' && !request.targetAgencyId) {
      throw new DomainException(ErrorCode.ValidationFailed, '请选择留言的单位', [{ field: 'targetAgencyId', messages: ['给公共企事业单位留言须指定单位'] }]);
    }
    if (!request.targetAgencyId) return null;
    const agency = await this.store.repositories.directory.findActiveAgency(request.targetAgencyId);
    if (!agency || (request.channel === 'unit_board' && agency.kind !== 'public_enterprise')) {
      throw new DomainException(ErrorCode.ValidationFailed, '留言对象不存在', [{ field: 'targetAgencyId', messages: ['留言对象不存在或已停用'] }]);
    }
    return agency;
  }
}

/** Someone else's photo, one already on a message and one that does not exist are refused alike: nothing is told apart. */
function imagesNotAvailable(): DomainException {
  return new DomainException(ErrorCode.PhotoNotAvailable, '图片不存在或已用于其他留言，请重新上传', [
    { field: 'imageIds', messages: ['须为本人上传且尚未使用的图片'] },
  ]);
}
