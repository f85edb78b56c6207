import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, ErrorCode } from '@weimin/contracts';
import { DataSource, EntityManager, In, LessThan, LessThanOrEqual } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffCaller } from '../auth/staff-principal';
import { Citizen } from '../citizens/citizen.entity';
import { DomainException } from '../common/errors/domain.exception';
import type { AppConfig } from '../config/configuration';
import { Notification } from '../messages/notification.entity';
import { replyTemplateData, type ReplyTemplateFields } from '../wechat/reply-template';
import { WechatClient } from '../wechat/wechat.client';
import { WECHAT_CLIENT } from '../wechat/wechat.module';
import { OutboxItem, OutboxKind } from './outbox-item.entity';
import { classifySendError } from './send-outcome';

/** After this many failed tries an item is `dead`: it shows up for the office, which may retry it. */
export const MAX_ATTEMPTS = 5;
/** What the office sees and may resend by hand: given up on, refused for good, or sent with no answer. */
const FOR_OFFICE: OutboxItem['status'][] = ['dead', 'failed', 'unknown'];
/** Resendable by hand; `unknown` may already have reached the citizen, the office decides (docs/security.md §31). */
const RESENDABLE: OutboxItem['status'][] = ['dead', 'unknown'];
const CLAIM_MS = 60_000;

export interface CitizenNotice {
  caseNo: string;
  status: string;
  page: string;
}

export interface StaffNotice {
  kind: string;
  /** The message it is about; null for notices about something else (a unit's stale section). */
  messageId: number | null;
  text: string;
}

/**
 * docs/security.md §19. `enqueue` writes inside the caller's transaction; `deliverDue` sends. A sent citizen message is
 * never sent again: a send whose answer never came (a timeout after the request went out) and an item whose worker
 * stopped mid-send (its claim ran out) are `unknown`, not resent, and left for the office to look at, since WeChat
 * may already have delivered them (docs/security.md §31).
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');
  private readonly templateId?: string;
  private readonly templateFields: ReplyTemplateFields;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WECHAT_CLIENT) private readonly wechat: WechatClient | null,
    private readonly audit: AuditService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.templateId = config.get('wechat.replyTemplateId', { infer: true }) ?? (config.get('wechat.fake', { infer: true }) ? 'fake-reply-template' : undefined);
    this.templateFields = config.get('wechat.replyTemplateFields', { infer: true });
  }

  /** Queues once per dedupeKey: a second enqueue of the same event is ignored. */
  async enqueue(manager: EntityManager, kind: OutboxKind, dedupeKey: string, recipientId: number, payload: CitizenNotice | StaffNotice): Promise<void> {
    const now = new Date();
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxItem)
      .values({ kind, dedupeKey, recipientId, payload: JSON.stringify(payload), status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now })
      .orIgnore()
      .execute();
  }

  /** One pass of the worker: returns how many items it finished (sent, failed or dead). */
  async deliverDue(now = new Date()): Promise<number> {
    await this.buryAbandoned(now);
    const due = await this.dataSource.getRepository(OutboxItem).find({
      where: { status: 'pending', nextAttemptAt: LessThanOrEqual(now) },
      order: { id: 'ASC' },
      take: 50,
    });
    let finished = 0;
    for (const item of due) {
      if (!(await this.claim(item, now))) continue; // another worker has it
      finished += (await this.deliver(item, now)) ? 1 : 0;
    }
    return finished;
  }

  async listForOffice(status: OutboxItem['status'][] = FOR_OFFICE): Promise<Array<Omit<OutboxItem, 'payload'> & { payload: unknown }>> {
    const rows = await this.dataSource.getRepository(OutboxItem).find({ where: { status: In(status) }, order: { id: 'DESC' }, take: 200 });
    return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) }));
  }

  async retry(caller: StaffCaller, id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await manager.findOneBy(OutboxItem, { id });
      if (!item) throw DomainException.notFound('通知');
      if (!RESENDABLE.includes(item.status)) throw new DomainException(ErrorCode.Conflict, '只有发送失败或结果未知的通知可以重发');
      await manager.update(OutboxItem, id, { status: 'pending', attempts: 0, nextAttemptAt: new Date(), claimedUntil: null, lastError: null });
      await this.audit.recordStaff(manager, caller, { action: AuditAction.OutboxRetried, objectType: 'outbox_item', objectId: id });
    });
  }

  private async claim(item: OutboxItem, now: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(OutboxItem)
      .set({ status: 'sending', claimedUntil: new Date(now.getTime() + CLAIM_MS), attempts: () => 'attempts + 1' })
      .where('id = :id AND status = :pending', { id: item.id, pending: 'pending' })
      .execute();
    return result.affected === 1;
  }

  private async deliver(item: OutboxItem, now: Date): Promise<boolean> {
    try {
      if (item.kind === 'staff_notice') {
        const notice = JSON.parse(item.payload) as StaffNotice;
        await this.dataSource.transaction(async (manager) => {
          await manager.insert(Notification, {
            agencyId: item.recipientId,
            kind: notice.kind,
            messageId: notice.messageId ?? null,
            text: notice.text,
            createdAt: now,
          });
          await manager.update(OutboxItem, item.id, { status: 'sent', sentAt: now, claimedUntil: null });
        });
        return true;
      }
      await this.sendToCitizen(item);
      await this.dataSource.getRepository(OutboxItem).update(item.id, { status: 'sent', sentAt: new Date(), claimedUntil: null });
      return true;
    } catch (error) {
      return this.recordFailure(item, error, now);
    }
  }

  private async sendToCitizen(item: OutboxItem): Promise<void> {
    if (!this.wechat || !this.templateId) throw new Error('WeChat subscribe messages are not configured');
    const citizen = await this.dataSource.getRepository(Citizen).findOneByOrFail({ id: item.recipientId });
    const notice = JSON.parse(item.payload) as CitizenNotice;
    // Template data: the case number and the status only, never names or phone numbers (docs/security.md §5).
    await this.wechat.sendSubscribeMessage({
      touser: citizen.openid,
      templateId: this.templateId,
      page: notice.page,
      data: replyTemplateData(this.templateFields, notice),
    });
  }

  private async recordFailure(item: OutboxItem, error: unknown, now: Date): Promise<boolean> {
    const repository = this.dataSource.getRepository(OutboxItem);
    const attempts = item.attempts + 1;
    const { kind, lastError } = classifySendError(error);
    if (kind === 'refused') {
      // The citizen did not accept (or used up) the subscription: logged, not retried.
      this.logger.warn({ msg: 'subscribe message refused by the citizen', outboxId: item.id, errcode: 43101 });
      await repository.update(item.id, { status: 'failed', lastError, claimedUntil: null });
      return true;
    }
    if (kind === 'unknown') {
      // It may have reached the citizen: never resent by the worker, only by the office (docs/security.md §31).
      this.logger.warn({ msg: 'subscribe message outcome unknown, left for the office', outboxId: item.id });
      await repository.update(item.id, { status: 'unknown', lastError, claimedUntil: null });
      return true;
    }
    if (attempts >= MAX_ATTEMPTS) {
      await repository.update(item.id, { status: 'dead', lastError, claimedUntil: null });
      return true;
    }
    // Exponential backoff: 30 s, 1 min, 2 min, 4 min …
    await repository.update(item.id, {
      status: 'pending',
      lastError,
      claimedUntil: null,
      nextAttemptAt: new Date(now.getTime() + 30_000 * 2 ** (attempts - 1)),
    });
    return false;
  }

  /**
   * Claims that ran out belong to a worker that stopped mid-send. Whether a subscribe message reached the citizen is
   * unknown; a staff notice was not written (its row and the item's `sent` commit together) and is left for the office.
   */
  private async buryAbandoned(now: Date): Promise<void> {
    const repository = this.dataSource.getRepository(OutboxItem);
    const lastError = 'worker stopped during delivery; not resent to avoid a duplicate';
    await repository.update(
      { status: 'sending', claimedUntil: LessThan(now), kind: 'citizen_subscribe' },
      { status: 'unknown', lastError, claimedUntil: null },
    );
    await repository.update({ status: 'sending', claimedUntil: LessThan(now), kind: 'staff_notice' }, { status: 'dead', lastError, claimedUntil: null });
  }
}
