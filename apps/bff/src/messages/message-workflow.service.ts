import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ErrorCode, MessageStatus } from '@weimin/contracts';
import type { CalendarYears } from '../calendar/calendar.repository';
import { CalendarService } from '../calendar/calendar.service';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import type { AppConfig } from '../config/configuration';
import type { RepositoryOf, SharedRepositories } from '../database/unit-of-work';
import { MessageDeadlines } from './message-deadlines';
import { MessageAction, nextStatus } from './message-transitions';
import { Message } from './message.entity';
import type { MessageRepository } from './repositories/message.repository';

type Messages = RepositoryOf<MessageRepository>;

export interface EventActor {
  actorType: 'staff' | 'citizen' | 'system';
  actorId: number | null;
}

/**
 * Every change of a message's state goes through `transition`: it checks the state machine (409 from the wrong
 * state), applies the change only if nobody changed the message meanwhile (optimistic lock), and records the step
 * in the message's history. Callers add their audit row in the same transaction.
 */
@Injectable()
export class MessageWorkflow {
  private readonly rules: AppConfig['deadlines'];

  constructor(
    config: ConfigService<AppConfig, true>,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {
    this.rules = config.get('deadlines', { infer: true });
  }

  /** The moment of the step under way (common/clock): every service of the feature reads the time here. */
  now(): Date {
    return this.clock.now();
  }

  /** Deadlines on the calendar as last loaded, without a read: for the scheduler, which refreshes it when it starts a run. */
  get deadlines(): MessageDeadlines {
    return new MessageDeadlines(this.calendar.current(), this.rules);
  }

  /**
   * Deadlines on the calendar as stored now (a year just entered in the console counts): for every new due date.
   * `calendar` is the caller's transaction's (database/unit-of-work.ts), or none: the default connection.
   */
  async freshDeadlines(calendar?: RepositoryOf<CalendarYears>): Promise<MessageDeadlines> {
    return new MessageDeadlines(await this.calendar.fresh(calendar), this.rules);
  }

  async transition(
    messages: Messages,
    message: Message,
    action: MessageAction | 'submit',
    changes: Partial<Message>,
    actor: EventActor,
    event: { agencyId?: number | null; reason?: string | null; toStatus?: MessageStatus } = {},
  ): Promise<Message> {
    const from = message.status;
    const to = action === 'submit' ? (event.toStatus ?? from) : nextStatus(action, from);
    if (!(await messages.claimChange(message.id, message.version, { ...changes, status: to }))) {
      throw new DomainException(ErrorCode.MessageChangedMeanwhile, '留言刚被他人处理过，请刷新后再试');
    }
    await messages.addEvent({
      messageId: message.id,
      at: this.clock.now(),
      action,
      actorType: actor.actorType,
      actorId: actor.actorId,
      agencyId: event.agencyId ?? changes.assignedAgencyId ?? message.assignedAgencyId ?? null,
      fromStatus: action === 'submit' ? null : from,
      toStatus: to,
      reason: event.reason ?? null,
    });
    return Object.assign(message, changes, { status: to, version: message.version + 1 });
  }

  /** A step that changes no state (an extension asked for or refused, an overdue alert): history only. */
  async note(
    messages: Messages,
    message: Message,
    action: string,
    actor: EventActor,
    event: { agencyId?: number | null; reason?: string | null } = {},
  ): Promise<void> {
    await messages.addEvent({
      messageId: message.id,
      at: this.clock.now(),
      action,
      actorType: actor.actorType,
      actorId: actor.actorId,
      agencyId: event.agencyId ?? message.assignedAgencyId ?? null,
      fromStatus: message.status,
      toStatus: message.status,
      reason: event.reason ?? null,
    });
  }

  /**
   * 办理进度通知 (订阅, docs/architecture.md "Notifications"): queued with the step, sent by the outbox only if the citizen
   * holds a grant for the progress template (one spent per message). `key` names the step, so it is queued once.
   */
  async queueProgress(outbox: SharedRepositories['outbox'], message: Message, status: '已交办' | '已延期', key: string): Promise<void> {
    await outbox.enqueue(
      'citizen_progress',
      `progress:${message.id}:${key}`,
      message.citizenId,
      { caseNo: message.caseNo, status, page: `packages/messages/pages/detail/index?id=${message.id}` },
      this.clock.now(),
    );
  }

  /** The fields of a fresh assignment: the clock starts, reminders may fire again for the new deadline. */
  async assignment(calendar: RepositoryOf<CalendarYears> | undefined, message: Pick<Message, 'type'>, agencyId: number, now: Date): Promise<Partial<Message>> {
    const dueAt = (await this.freshDeadlines(calendar)).dueAt(message.type, now);
    return { assignedAgencyId: agencyId, assignedAt: now, dueAt, reminderQueuedAt: null, overdueQueuedAt: null };
  }
}
