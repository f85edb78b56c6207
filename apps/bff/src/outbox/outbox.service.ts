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
import { WechatClient, WechatError } from '../wechat/wechat.client';
import { WECHAT_CLIENT } from '../wechat/wechat.module';
import { OutboxItem, OutboxKind } from './outbox-item.entity';

/** After this many failed tries an item is `dead`: it shows up for the office, which may retry it. */
export const MAX_ATTEMPTS = 5;
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
 * SECURITY.md 19. `enqueue` writes inside the caller's transaction; `deliverDue` sends. A sent citizen message is
 * never sent again: an item whose worker stopped mid-send (its claim ran out) is not resent but marked dead for
 * the office to look at, since WeChat may already have delivered it.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');
  private readonly templateId?: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WECHAT_CLIENT) private readonly wechat: WechatClient | null,
    private readonly audit: AuditService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.templateId = config.get('wechat.replyTemplateId', { infer: true }) ?? (config.get('wechat.fake', { infer: true }) ? 'fake-reply-template' : undefined);
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

  async listForOffice(status: OutboxItem['status'][] = ['dead', 'failed']): Promise<Array<Omit<OutboxItem, 'payload'> & { payload: unknown }>> {
    const rows = await this.dataSource.getRepository(OutboxItem).find({ where: { status: In(status) }, order: { id: 'DESC' }, take: 200 });
    return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) }));
  }

  async retry(caller: StaffCaller, id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await manager.findOneBy(OutboxItem, { id });
      if (!item) throw DomainException.notFound('通知');
      if (item.status !== 'dead') throw new DomainException(ErrorCode.Conflict, '只有发送失败的通知可以重发');
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
    // Template data: the case number and the status only, never names or phone numbers (SECURITY.md 5).
    await this.wechat.sendSubscribeMessage({
      touser: citizen.openid,
      templateId: this.templateId,
      page: notice.page,
      data: { character_string1: { value: notice.caseNo }, phrase2: { value: notice.status } },
    });
  }

  private async recordFailure(item: OutboxItem, error: unknown, now: Date): Promise<boolean> {
    const repository = this.dataSource.getRepository(OutboxItem);
    const attempts = item.attempts + 1;
    if (error instanceof WechatError && error.errcode === 43101) {
      // The citizen did not accept (or used up) the subscription: logged, not retried.
      this.logger.warn({ msg: 'subscribe message refused by the citizen', outboxId: item.id, errcode: 43101 });
      await repository.update(item.id, { status: 'failed', lastError: 'errcode 43101: not accepted by the citizen', claimedUntil: null });
      return true;
    }
    const lastError = (error instanceof WechatError ? `errcode ${error.errcode}` : ((error as Error).message ?? 'error')).slice(0, 200);
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

  /** Claims that ran out belong to a worker that stopped mid-send. */
  private async buryAbandoned(now: Date): Promise<void> {
    await this.dataSource
      .getRepository(OutboxItem)
      .update(
        { status: 'sending', claimedUntil: LessThan(now) },
        { status: 'dead', lastError: 'worker stopped during delivery; not resent to avoid a duplicate', claimedUntil: null },
      );
  }
}
