import type { MessageChannel, MessageStatus, MessageType } from '@weimin/contracts';
import { Brackets, type EntityManager, IsNull, LessThan, MoreThanOrEqual, Not } from 'typeorm';
import { containsText } from '../../database/like';
import type { TermCutter } from '../../interpretations/interpretation-search';
import { IdempotencyRecord } from '../idempotency-record.entity';
import { MessageEvent } from '../message-event.entity';
import { MessageExtension } from '../message-extension.entity';
import { indexMessage } from '../message-index';
import { MessageReply } from '../message-reply.entity';
import { MessageTerm } from '../message-term.entity';
import { Message } from '../message.entity';

export interface StaffMessageFilter {
  /** Limit to one agency's messages (agency roles always are). */
  scope?: number;
  status?: MessageStatus;
  type?: MessageType;
  channel?: MessageChannel;
  agencyId?: number;
  /** Assigned and past its deadline at `now` (true), or not (false). */
  overdue?: boolean;
  /** 即将到期: assigned, not yet past its deadline at `now`, and due by this instant. */
  dueBy?: Date;
  /** A case number, or words of the title. */
  q?: string;
  now: Date;
  limit: number;
  offset: number;
}

/** How many of each a scheduler scan reads at most. */
const SCAN_LIMIT = 500;

/**
 * The message aggregate: a message with its replies, history (events), extension requests and the Idempotency-Keys of
 * its submission, read and written through one EntityManager. Every state change goes through `claimChange`.
 */
export class MessageRepository {
  constructor(private readonly manager: EntityManager) {}

  // --- Finding messages

  /** The message, with its agency, if the caller may see it: agency roles only their own agency's (another's is "not found"). */
  findVisible(id: number, scope: number | undefined): Promise<Message | null> {
    return this.manager.findOne(Message, { where: { id, ...(scope !== undefined && { assignedAgencyId: scope }) }, relations: { assignedAgency: true } });
  }

  findById(id: number): Promise<Message | null> {
    return this.manager.findOneBy(Message, { id });
  }

  /** A citizen's own message (another's is "not found"), with its agency. */
  findForCitizen(id: number, citizenId: number): Promise<Message | null> {
    return this.manager.findOne(Message, { where: { id, citizenId }, relations: { assignedAgency: true } });
  }

  listForCitizen(citizenId: number, limit = 200): Promise<Message[]> {
    return this.manager.find(Message, { where: { citizenId }, order: { submittedAt: 'DESC', id: 'DESC' }, take: limit });
  }

  /** The console's lists, newest first, with the assigned agency. */
  async listForStaff(filter: StaffMessageFilter): Promise<{ rows: Message[]; total: number }> {
    const builder = this.manager.createQueryBuilder(Message, 'message').leftJoinAndSelect('message.assignedAgency', 'agency');
    if (filter.scope !== undefined) builder.andWhere('message.assignedAgencyId = :scope', { scope: filter.scope });
    if (filter.status) builder.andWhere('message.status = :status', { status: filter.status });
    if (filter.type) builder.andWhere('message.type = :type', { type: filter.type });
    if (filter.channel) builder.andWhere('message.channel = :channel', { channel: filter.channel });
    if (filter.agencyId) builder.andWhere('message.assignedAgencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.overdue !== undefined) {
      builder.andWhere(filter.overdue ? "message.status = 'assigned' AND message.dueAt < :now" : "NOT (message.status = 'assigned' AND message.dueAt < :now)", {
        now: filter.now,
      });
    }
    if (filter.dueBy) {
      builder.andWhere("message.status = 'assigned' AND message.dueAt >= :now AND message.dueAt <= :dueBy", { now: filter.now, dueBy: filter.dueBy });
    }
    if (filter.q) {
      const q = filter.q;
      builder.andWhere(new Brackets((w) => w.where('message.caseNo = :caseNo', { caseNo: q }).orWhere(...containsText('message.title', 'q', q))));
    }
    const [rows, total] = await builder.orderBy('message.id', 'DESC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { rows, total };
  }

  // --- Writing messages

  /** Stores a new message; its id is then known. */
  insert(message: Partial<Message>): Promise<Message> {
    return this.manager.save(this.manager.create(Message, message));
  }

  /** Messages after `afterId` with no board search terms (stored before the index existed), oldest first. */
  findUnindexedForBoard(afterId: number, limit: number): Promise<Array<Pick<Message, 'id' | 'title' | 'content' | 'contactNameEncrypted'>>> {
    return this.manager
      .createQueryBuilder(Message, 'message')
      .select(['message.id', 'message.title', 'message.content', 'message.contactNameEncrypted'])
      .where('message.id > :afterId', { afterId })
      .andWhere((query) => `NOT EXISTS ${query.subQuery().select('1').from(MessageTerm, 'term').where('term.messageId = message.id').getQuery()}`)
      .orderBy('message.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Writes the board search terms of a message stored in this transaction (message-index.ts). */
  indexNewForBoard(cutter: TermCutter, message: Pick<Message, 'id' | 'title' | 'content'>, authorName: string | null): Promise<void> {
    return indexMessage(this.manager, cutter, message, authorName, { replace: false });
  }

  /** Rewrites the message's board search terms, replacing any it has (message-index.ts). */
  indexForBoard(cutter: TermCutter, message: Pick<Message, 'id' | 'title' | 'content'>, authorName: string | null): Promise<void> {
    return indexMessage(this.manager, cutter, message, authorName, { replace: true });
  }

  async setCaseNo(id: number, caseNo: string): Promise<void> {
    await this.manager.update(Message, id, { caseNo });
  }

  /**
   * Applies `changes` only if nobody changed the message since it was read at `version` (optimistic lock; TypeORM adds
   * `version = version + 1`). False when someone did.
   */
  async claimChange(id: number, version: number, changes: Partial<Message>): Promise<boolean> {
    const result = await this.manager.createQueryBuilder().update(Message).set(changes).where('id = :id AND version = :version', { id, version }).execute();
    return result.affected === 1;
  }

  // --- History, replies, extensions

  async addEvent(event: Omit<MessageEvent, 'id'>): Promise<void> {
    await this.manager.insert(MessageEvent, event);
  }

  history(messageId: number): Promise<MessageEvent[]> {
    return this.manager.find(MessageEvent, { where: { messageId }, order: { id: 'ASC' } });
  }

  /** Stores a reply; returns its id. */
  async addReply(reply: Omit<MessageReply, 'id'>): Promise<number> {
    const { identifiers } = await this.manager.insert(MessageReply, reply);
    return identifiers[0].id as number;
  }

  replies(messageId: number): Promise<MessageReply[]> {
    return this.manager.find(MessageReply, { where: { messageId }, order: { id: 'ASC' } });
  }

  extensions(messageId: number): Promise<MessageExtension[]> {
    return this.manager.find(MessageExtension, { where: { messageId }, order: { id: 'ASC' } });
  }

  async addExtension(extension: Omit<MessageExtension, 'id' | 'decidedBy' | 'decidedAt' | 'decisionNote'>): Promise<void> {
    await this.manager.insert(MessageExtension, extension);
  }

  findPendingExtension(messageId: number): Promise<MessageExtension | null> {
    return this.manager.findOneBy(MessageExtension, { messageId, status: 'pending' });
  }

  async decideExtension(id: number, decision: Pick<MessageExtension, 'status' | 'decidedBy' | 'decidedAt' | 'decisionNote'>): Promise<void> {
    await this.manager.update(MessageExtension, id, decision);
  }

  // --- Idempotency-Keys of submissions (docs/security.md §18)

  findIdempotencyRecord(citizenId: number, key: string): Promise<IdempotencyRecord | null> {
    return this.manager.findOneBy(IdempotencyRecord, { citizenId, key });
  }

  /** Claims the key: a concurrent twin fails here on the unique index, before writing anything else. */
  async claimIdempotencyKey(record: Omit<IdempotencyRecord, 'id'>): Promise<void> {
    await this.manager.insert(IdempotencyRecord, record);
  }

  async linkIdempotencyKey(citizenId: number, key: string, messageId: number): Promise<void> {
    await this.manager.update(IdempotencyRecord, { citizenId, key }, { messageId });
  }

  // --- The scheduler's scans and claims

  /** Assigned messages not yet reminded whose deadline has not passed; the caller picks those close enough. */
  findDueForReminder(now: Date): Promise<Message[]> {
    return this.manager.find(Message, {
      where: { status: 'assigned', reminderQueuedAt: IsNull(), dueAt: MoreThanOrEqual(now) },
      select: { id: true, caseNo: true, dueAt: true, assignedAgencyId: true, title: true },
      take: SCAN_LIMIT,
    });
  }

  /** Claims the reminder of a still-assigned message: true for exactly one caller, however many instances scan. */
  async claimReminder(id: number, now: Date): Promise<boolean> {
    const result = await this.manager.update(Message, { id, reminderQueuedAt: IsNull(), status: 'assigned' }, { reminderQueuedAt: now });
    return result.affected === 1;
  }

  /** Assigned messages past their deadline whose overdue alert is not yet queued. */
  findOverdue(now: Date): Promise<Message[]> {
    return this.manager.find(Message, {
      where: { status: 'assigned', overdueQueuedAt: IsNull(), dueAt: LessThan(now) },
      select: { id: true, caseNo: true, dueAt: true, assignedAgencyId: true, status: true, version: true },
      take: SCAN_LIMIT,
    });
  }

  /** Claims the overdue alert of a still-assigned message: true for exactly one caller. */
  async claimOverdueAlert(id: number, now: Date): Promise<boolean> {
    const result = await this.manager.update(Message, { id, overdueQueuedAt: IsNull(), status: 'assigned' }, { overdueQueuedAt: now });
    return result.affected === 1;
  }

  /** Replied messages, for closing those the citizen left unrated. */
  findReplied(): Promise<Message[]> {
    return this.manager.find(Message, {
      where: { status: 'replied', repliedAt: Not(IsNull()) },
      select: { id: true, status: true, version: true, repliedAt: true, assignedAgencyId: true },
      take: SCAN_LIMIT,
    });
  }

  /** Messages over before `cutoff` whose contact is still stored: closed ones from closing, hidden ones from submission. */
  findContactExpired(cutoff: Date): Promise<Message[]> {
    return this.manager.find(Message, {
      where: [
        { status: 'closed', closedAt: LessThan(cutoff), anonymisedAt: IsNull() },
        { status: 'hidden', submittedAt: LessThan(cutoff), anonymisedAt: IsNull() },
      ],
      select: { id: true, assignedAgencyId: true },
      take: SCAN_LIMIT,
    });
  }

  /** Blanks the contact once: true for exactly one caller. */
  async anonymiseContact(id: number, now: Date): Promise<boolean> {
    const result = await this.manager.update(
      Message,
      { id, anonymisedAt: IsNull() },
      { contactNameEncrypted: '', contactPhoneEncrypted: '', anonymisedAt: now },
    );
    return result.affected === 1;
  }
}
