import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AuditAction, ErrorCode, NotificationSubjectType, SubscribeTemplate, type NotificationKind, type NotificationSubject } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import type { AppConfig } from '../config/configuration';
import { grantAfterFailedSend } from '../subscriptions/grant-spending';
import type { SpentGrant } from '../subscriptions/subscription.repository';
import { replyTemplateData, type ReplyTemplateFields } from '../wechat/reply-template';
import { announcementTemplateData, progressTemplateData, type SubscribeTemplatesConfig } from '../wechat/subscribe-templates';
import { WechatClient } from '../wechat/wechat.client';
import { WECHAT_CLIENT } from '../wechat/wechat.module';
import { CITIZEN_KINDS, OutboxItem, type OutboxKind } from './outbox-item.entity';
import type { OutboxStatus } from './outbox.repository';
import { OutboxStore } from './outbox.store';
import { classifySendError } from './send-outcome';

/** After this many failed tries an item is `dead`: it shows up for the office, which may retry it. */
export const MAX_ATTEMPTS = 5;
/** What the office sees and may resend by hand: given up on, refused for good, or sent with no answer. */
const FOR_OFFICE: OutboxStatus[] = ['dead', 'failed', 'unknown'];
/** Resendable by hand; `unknown` may already have reached the citizen, the office decides (docs/security.md §31). */
const RESENDABLE: OutboxStatus[] = ['dead', 'unknown'];
const CLAIM_MS = 60_000;

export interface CitizenNotice {
  caseNo: string;
  status: string;
  page: string;
}

/** A 便民公告 of a unit the citizen follows: public facts only (the unit, the title), no citizen's data. */
export interface AnnouncementNotice {
  agencyId: number;
  unit: string;
  title: string;
  page: string;
}

/** A `staff_notice` item's payload: the console notification it becomes (`notification`, contracts' NotificationView). */
export interface StaffNotice {
  kind: NotificationKind;
  /** What it is about, for the console's link; null for a notice about no single item (a unit's stale section). */
  subject: NotificationSubject | null;
  text: string;
}

/** An item queued before notifications had a subject names only its message; one may still wait in the outbox. */
type QueuedStaffNotice = StaffNotice | (Omit<StaffNotice, 'subject'> & { messageId: number | null });

function subjectOf(notice: QueuedStaffNotice): NotificationSubject | null {
  if ('subject' in notice) return notice.subject ?? null;
  return typeof notice.messageId === 'number' ? { type: NotificationSubjectType.Message, id: notice.messageId } : null;
}

/** Sends one item of a kind another feature owns; throwing leaves it to be tried again (backoff, then `dead`). */
export type OutboxHandler = (item: OutboxItem) => Promise<void>;

/** When a failed try is tried again: exponential backoff, 30 s, 1 min, 2 min, 4 min … after the `attempts`-th try. */
export function nextAttemptAfter(now: Date, attempts: number): Date {
  return new Date(now.getTime() + 30_000 * 2 ** (attempts - 1));
}

/**
 * docs/security.md §19. Features queue items through their own transaction's `outbox` (database/unit-of-work.ts); `deliverDue` sends. A sent citizen message is
 * never sent again: a send whose answer never came (a timeout after the request went out) and an item whose worker
 * stopped mid-send (its claim ran out) are `unknown`, not resent, and left for the office to look at, since WeChat
 * may already have delivered them (docs/security.md §31).
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');
  private readonly templateId?: string;
  private readonly templateFields: ReplyTemplateFields;
  private readonly handlers = new Map<OutboxKind, OutboxHandler>();
  private readonly subscribeTemplates: SubscribeTemplatesConfig;

  constructor(
    private readonly store: OutboxStore,
    @Inject(WECHAT_CLIENT) private readonly wechat: WechatClient | null,
    config: ConfigService<AppConfig, true>,
  ) {
    this.templateId = config.get('wechat.replyTemplateId', { infer: true }) ?? (config.get('wechat.fake', { infer: true }) ? 'fake-reply-template' : undefined);
    this.templateFields = config.get('wechat.replyTemplateFields', { infer: true });
    const fake = config.get('wechat.fake', { infer: true });
    const templates = config.get('wechat.subscribeTemplates', { infer: true });
    this.subscribeTemplates = {
      announcement: { ...templates.announcement, id: templates.announcement.id ?? (fake ? 'fake-announcement-template' : undefined) },
      progress: { ...templates.progress, id: templates.progress.id ?? (fake ? 'fake-progress-template' : undefined) },
    };
  }

  /**
   * Another feature's kind of item, sent by `handler` (media_check: photos/photo-checks.service.ts). Its sends may be
   * repeated harmlessly, so an unanswered one is tried again rather than left for the office.
   */
  handle(kind: OutboxKind, handler: OutboxHandler): void {
    this.handlers.set(kind, handler);
  }

  /** One pass of the worker: returns how many items it finished (sent, failed or dead). */
  async deliverDue(now = new Date()): Promise<number> {
    await this.buryAbandoned(now);
    const due = await this.store.repositories.outbox.findDue(now);
    let finished = 0;
    for (const item of due) {
      if (!(await this.store.repositories.outbox.claim(item.id, new Date(now.getTime() + CLAIM_MS)))) continue; // another worker has it
      finished += (await this.deliver(item, now)) ? 1 : 0;
    }
    return finished;
  }

  async listForOffice(status: OutboxStatus[] = FOR_OFFICE): Promise<Array<Omit<OutboxItem, 'payload'> & { payload: unknown }>> {
    const rows = await this.store.repositories.outbox.listWithStatus(status);
    return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) }));
  }

  async retry(caller: StaffCaller, id: number): Promise<void> {
    await this.store.transaction(async ({ outbox, audit }) => {
      const item = await outbox.findById(id);
      if (!item) throw DomainException.notFound('通知');
      if (!RESENDABLE.includes(item.status)) throw new DomainException(ErrorCode.OutboxItemNotResendable, '只有发送失败或结果未知的通知可以重发');
      await outbox.resend(id, new Date());
      await audit.recordStaff(caller, { action: AuditAction.OutboxRetried, objectType: 'outbox_item', objectId: id });
    });
  }

  private async deliver(item: OutboxItem, now: Date): Promise<boolean> {
    // Its own failures: a send it made is never retried because recording it failed.
    if (item.kind === 'citizen_announcement' || item.kind === 'citizen_progress') return this.deliverWithGrant(item, now);
    try {
      const handler = this.handlers.get(item.kind);
      if (handler) {
        await handler(item);
        await this.store.repositories.outbox.markSent(item.id, new Date());
        return true;
      }
      if (item.kind === 'staff_notice') {
        const notice = JSON.parse(item.payload) as QueuedStaffNotice;
        const subject = subjectOf(notice);
        await this.store.transaction(async ({ outbox, notifications }) => {
          await notifications.add({
            agencyId: item.recipientId,
            kind: notice.kind,
            subjectType: subject?.type ?? null,
            subjectId: subject?.id ?? null,
            text: notice.text,
            createdAt: now,
          });
          await outbox.markSent(item.id, now);
        });
        return true;
      }
      await this.sendToCitizen(item);
      await this.store.repositories.outbox.markSent(item.id, new Date());
      return true;
    } catch (error) {
      return this.recordFailure(item, error, now);
    }
  }

  private async sendToCitizen(item: OutboxItem): Promise<void> {
    if (!this.wechat || !this.templateId) throw new Error('WeChat subscribe messages are not configured');
    const openid = await this.store.repositories.outbox.citizenOpenid(item.recipientId);
    const notice = JSON.parse(item.payload) as CitizenNotice;
    // Template data: the case number and the status only, never names or phone numbers (docs/security.md §5).
    await this.wechat.sendSubscribeMessage({
      touser: openid,
      templateId: this.templateId,
      page: notice.page,
      data: replyTemplateData(this.templateFields, notice),
    });
  }

  /**
   * 订阅's notices (docs/architecture.md, "Notifications"): an announcement goes only to a citizen who still follows the
   * unit; each send takes one of the citizen's grants for its template (spendGrant: one conditional UPDATE, so two
   * workers never both take the last one), and a send that certainly did not go out gives it back. No grant: nothing
   * is sent, and the item says so (`skipped`).
   */
  private async deliverWithGrant(item: OutboxItem, now: Date): Promise<boolean> {
    const { outbox, subscriptions } = this.store.repositories;
    const template = item.kind === 'citizen_announcement' ? SubscribeTemplate.Announcement : SubscribeTemplate.Progress;
    const settings = this.subscribeTemplates[template];
    const skip = async (why: string) => {
      await outbox.markUnsent(item.id, 'skipped', why);
      return true;
    };
    const wechat = this.wechat;
    if (!wechat || !settings.id) return skip(`${template} template not configured`);
    const payload = JSON.parse(item.payload) as AnnouncementNotice | CitizenNotice;
    let spent: SpentGrant | null;
    try {
      if ('agencyId' in payload && !(await subscriptions.isSubscribed(item.recipientId, payload.agencyId))) return await skip('unsubscribed');
      spent = await subscriptions.spendGrant(item.recipientId, template, now);
    } catch (error) {
      return this.recordFailure(item, error, now); // nothing was spent or sent
    }
    if (!spent) return skip('no subscribe grant left');
    try {
      const openid = await outbox.citizenOpenid(item.recipientId);
      const data =
        'agencyId' in payload
          ? announcementTemplateData(this.subscribeTemplates.announcement.fields, payload)
          : progressTemplateData(this.subscribeTemplates.progress.fields, payload);
      await wechat.sendSubscribeMessage({ touser: openid, templateId: settings.id, page: payload.page, data });
    } catch (error) {
      if (spent === 'one_time' && grantAfterFailedSend(classifySendError(error).kind) === 'give_back') {
        await subscriptions.refundGrant(item.recipientId, template, now);
      }
      return this.recordFailure(item, error, now);
    }
    try {
      await outbox.markSent(item.id, new Date());
    } catch (error) {
      // Sent, but not recorded: neither given back nor sent again. The claim runs out and the item becomes `unknown`.
      this.logger.error({ msg: 'subscribe message sent but not recorded', outboxId: item.id, error: (error as Error).message });
    }
    return true;
  }

  private async recordFailure(item: OutboxItem, error: unknown, now: Date): Promise<boolean> {
    const outbox = this.store.repositories.outbox;
    const attempts = item.attempts + 1;
    const { kind, lastError } = classifySendError(error);
    if (kind === 'refused') {
      // The citizen did not accept (or used up) the subscription: logged, not retried.
      this.logger.warn({ msg: 'subscribe message refused by the citizen', outboxId: item.id, errcode: 43101 });
      await outbox.markUnsent(item.id, 'failed', lastError);
      return true;
    }
    if (kind === 'unknown' && !this.handlers.has(item.kind)) {
      // It may have reached the citizen: never resent by the worker, only by the office (docs/security.md §31).
      this.logger.warn({ msg: 'subscribe message outcome unknown, left for the office', outboxId: item.id });
      await outbox.markUnsent(item.id, 'unknown', lastError);
      return true;
    }
    if (attempts >= MAX_ATTEMPTS) {
      await outbox.markUnsent(item.id, 'dead', lastError);
      return true;
    }
    await outbox.scheduleRetry(item.id, lastError, nextAttemptAfter(now, attempts));
    return false;
  }

  /**
   * Claims that ran out belong to a worker that stopped mid-send. Whether a subscribe message reached the citizen is
   * unknown; a staff notice was not written (its row and the item's `sent` commit together) and is left for the office.
   */
  private async buryAbandoned(now: Date): Promise<void> {
    const outbox = this.store.repositories.outbox;
    const lastError = 'worker stopped during delivery; not resent to avoid a duplicate';
    for (const kind of CITIZEN_KINDS) await outbox.buryAbandoned(now, kind, 'unknown', lastError);
    await outbox.buryAbandoned(now, 'staff_notice', 'dead', lastError);
    for (const kind of this.handlers.keys()) await outbox.buryAbandoned(now, kind, 'dead', lastError);
  }
}
