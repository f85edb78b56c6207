import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AuditAction, NotificationKind, NotificationSubjectType } from '@weimin/contracts';
import { ContactCipher } from '../common/privacy/contact-cipher';
import { Segmenter } from '../common/text/segmenter';
import type { AppConfig } from '../config/configuration';
import type { StaffNotice } from '../outbox/outbox.service';
import { MessageWorkflow } from './message-workflow.service';
import { MessageStore } from './message.store';

export interface SchedulerReport {
  reminded: number;
  overdue: number;
  closed: number;
  anonymised: number;
  /** Messages stored before the board had a search index, indexed in this run. */
  indexed: number;
}

const DAY_MS = 86_400_000;

/**
 * Deadline reminders, overdue alerts (催办), closing quiet replies and blanking expired contacts. Safe with several BFF instances: each
 * notice is claimed with a conditional UPDATE (`… WHERE reminderQueuedAt IS NULL`), so exactly one instance queues
 * it, in the same transaction as the claim.
 */
@Injectable()
export class MessageScheduler {
  private readonly cipher: ContactCipher;
  /** How far this process's pass over the board index's backlog has got (indexBoardBacklog). */
  private indexedUpTo = 0;

  constructor(
    private readonly store: MessageStore,
    private readonly workflow: MessageWorkflow,
    private readonly segmenter: Segmenter,
    private readonly config: ConfigService<AppConfig, true>,
  ) {
    this.cipher = new ContactCipher(config.get('citizens.contactKey', { infer: true }));
  }

  async runOnce(now = this.workflow.now()): Promise<SchedulerReport> {
    // Reminders and auto-close count working days: a year entered in the console through another instance counts too.
    await this.workflow.freshDeadlines();
    return {
      reminded: await this.remind(now),
      overdue: await this.alertOverdue(now),
      closed: await this.closeQuietReplies(now),
      anonymised: await this.anonymiseExpiredContacts(now),
      indexed: await this.indexBoardBacklog(),
    };
  }

  /**
   * Messages stored before the public board had a search index (migration PolicyQuestionsAndBoardSearch) get their
   * terms here, a batch per run, oldest first; those stored since are indexed as they are stored. Each message is
   * indexed in a transaction that rewrites its terms, so instances running this at once leave one set of terms.
   */
  async indexBoardBacklog(batch = 200): Promise<number> {
    const backlog = await this.store.repositories.messages.findUnindexedForBoard(this.indexedUpTo, batch);
    let indexed = 0;
    for (const message of backlog) {
      // This process does not come back to a message: one whose words are all stop words gets no terms, and one whose
      // author's name cannot be read is left out of the index rather than indexed with the name unscrubbed.
      this.indexedUpTo = message.id;
      const authorName = this.authorName(message.contactNameEncrypted);
      if (authorName === undefined) continue;
      await this.store.transaction(({ messages }) => messages.indexForBoard(this.segmenter, message, authorName));
      indexed += 1;
    }
    return indexed;
  }

  /** The contact's name to scrub from the indexed text: null once blanked (anonymised), undefined when unreadable. */
  private authorName(encrypted: string): string | null | undefined {
    if (!encrypted) return null;
    try {
      return this.cipher.decrypt(encrypted);
    } catch {
      return undefined;
    }
  }

  private async remind(now: Date): Promise<number> {
    const candidates = await this.store.repositories.messages.findDueForReminder(now);
    let count = 0;
    for (const message of candidates.filter((m) => this.workflow.deadlines.reminderDue(m.dueAt!, now))) {
      const claimed = await this.store.transaction(async ({ messages, outbox }) => {
        if (!(await messages.claimReminder(message.id, now))) return false;
        const notice: StaffNotice = {
          kind: NotificationKind.MessageReminder,
          subject: { type: NotificationSubjectType.Message, id: message.id },
          text: `留言 ${message.caseNo} 即将到期（${formatDay(message.dueAt!)}），请及时答复`,
        };
        await outbox.enqueue('staff_notice', `reminder:${message.id}:${message.dueAt!.toISOString()}`, message.assignedAgencyId!, notice, now);
        return true;
      });
      if (claimed) count += 1;
    }
    return count;
  }

  private async alertOverdue(now: Date): Promise<number> {
    const overdue = await this.store.repositories.messages.findOverdue(now);
    const office = await this.store.repositories.directory.officeAgencyId();
    let count = 0;
    for (const message of overdue) {
      const claimed = await this.store.transaction(async ({ messages, outbox }) => {
        if (!(await messages.claimOverdueAlert(message.id, now))) return false;
        const key = `overdue:${message.id}:${message.dueAt!.toISOString()}`;
        const text = `留言 ${message.caseNo} 已逾期（应于${formatDay(message.dueAt!)}前答复）`;
        const alert = (ask: string): StaffNotice => ({
          kind: NotificationKind.MessageOverdue,
          subject: { type: NotificationSubjectType.Message, id: message.id },
          text: `${text}，${ask}`,
        });
        await outbox.enqueue('staff_notice', `${key}:agency`, message.assignedAgencyId!, alert('请尽快办理'), now);
        if (office !== null) await outbox.enqueue('staff_notice', `${key}:office`, office, alert('请督办'), now);
        await this.workflow.note(messages, message, 'overdue', { actorType: 'system', actorId: null }, { reason: `应于${formatDay(message.dueAt!)}前答复` });
        return true;
      });
      if (claimed) count += 1;
    }
    return count;
  }

  /** 自动办结: answers left unrated for the quiet period close (also run by the demo loader, at a past moment). */
  async closeQuietReplies(now = this.workflow.now()): Promise<number> {
    const replied = await this.store.repositories.messages.findReplied();
    let count = 0;
    for (const message of replied.filter((m) => this.workflow.deadlines.autoCloseDue(m.repliedAt!, now))) {
      const closed = await this.store
        .transaction(async ({ messages, audit }) => {
          await this.workflow.transition(
            messages,
            message,
            'auto_close',
            { closedAt: now },
            { actorType: 'system', actorId: null },
            { reason: '答复后未评价，自动办结' },
          );
          await audit.recordSystem({
            action: AuditAction.MessageClosed,
            objectType: 'message',
            objectId: message.id,
            agencyId: message.assignedAgencyId,
          });
          return true;
        })
        // Another instance (or the citizen's rating) got there first.
        .catch(() => false);
      if (closed) count += 1;
    }
    return count;
  }

  /**
   * docs/security.md §26: a message's contact name and phone are blanked once it has been over for the retention period:
   * closed (办结) messages counted from closing, hidden (屏蔽) ones, never answered, from submission. The message, its
   * history and the audit trail stay. The conditional UPDATE claims each message once, however many instances run.
   */
  private async anonymiseExpiredContacts(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.get('citizens.contactRetentionDays', { infer: true }) * DAY_MS);
    const expired = await this.store.repositories.messages.findContactExpired(cutoff);
    let count = 0;
    for (const message of expired) {
      const anonymised = await this.store.transaction(async ({ messages, audit }) => {
        if (!(await messages.anonymiseContact(message.id, now))) return false;
        await audit.recordSystem({
          action: AuditAction.ContactAnonymised,
          objectType: 'message',
          objectId: message.id,
          agencyId: message.assignedAgencyId,
        });
        return true;
      });
      if (anonymised) count += 1;
    }
    return count;
  }
}

function formatDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
