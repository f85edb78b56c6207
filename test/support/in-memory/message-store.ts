// In-memory stand-ins for the messages feature's repositories (apps/bff/src/messages/message.store.ts and
// apps/bff/src/outbox/outbox.store.ts), for service specs: plain arrays, the same claims and conditions as the SQL, no
// database. A transaction copies nothing of InMemoryData: what a failed `work` wrote stays, so specs check outcomes,
// not rollbacks. The shared outbox and audit trail (database/unit-of-work.ts) write to `data.outbox` and `data.audit`.
import type { SubscribeTemplate } from '@weimin/contracts';
import type { Agency } from '../../../apps/bff/src/agencies/agency.entity';
import type { AuditLog } from '../../../apps/bff/src/audit/audit-log.entity';
import { AuditTrail } from '../../../apps/bff/src/audit/audit-trail';
import type { RepositoryOf, SharedRepositories } from '../../../apps/bff/src/database/unit-of-work';
import type { TermCutter } from '../../../apps/bff/src/interpretations/interpretation-search';
import type { IdempotencyRecord } from '../../../apps/bff/src/messages/idempotency-record.entity';
import type { MessageEvent } from '../../../apps/bff/src/messages/message-event.entity';
import type { MessageExtension } from '../../../apps/bff/src/messages/message-extension.entity';
import { boardTermWeights } from '../../../apps/bff/src/messages/message-index';
import type { MessageReply } from '../../../apps/bff/src/messages/message-reply.entity';
import type { Message } from '../../../apps/bff/src/messages/message.entity';
import type { MessageRepositories } from '../../../apps/bff/src/messages/message.store';
import type { Notification } from '../../../apps/bff/src/messages/notification.entity';
import type { NotificationRepository } from '../../../apps/bff/src/messages/notification.repository';
import type { MessageDirectoryRepository } from '../../../apps/bff/src/messages/repositories/message-directory.repository';
import type { MessageRepository, StaffMessageFilter } from '../../../apps/bff/src/messages/repositories/message.repository';
import type { OutboxItem } from '../../../apps/bff/src/outbox/outbox-item.entity';
import type { OutboxRepositories } from '../../../apps/bff/src/outbox/outbox.store';
import type { MessageImage } from '../../../apps/bff/src/photos/message-image.entity';
import type { MessageImageRepository } from '../../../apps/bff/src/photos/message-image.repository';
import type { RoutingRule } from '../../../apps/bff/src/routing/routing-rule.entity';
import type { RoutingRuleRepository } from '../../../apps/bff/src/routing/routing-rule.repository';
import type { RoutingRepositories } from '../../../apps/bff/src/routing/routing.store';
import type { SubscribeGrant } from '../../../apps/bff/src/subscriptions/subscribe-grant.entity';
import type { Subscription } from '../../../apps/bff/src/subscriptions/subscription.entity';
import type { SpentGrant, SubscriptionRow, Subscriptions } from '../../../apps/bff/src/subscriptions/subscription.repository';
import {
  InMemoryAuditLogs,
  InMemoryDatabase,
  InMemoryOutbox,
  InMemoryStore,
  sharedOn,
  type Tables,
} from '../../../apps/bff/src/testing/in-memory-repositories';

/** Everything the stand-ins hold: specs arrange and inspect these directly. */
export class InMemoryData {
  messages: Message[] = [];
  events: MessageEvent[] = [];
  replies: MessageReply[] = [];
  extensions: MessageExtension[] = [];
  idempotency: IdempotencyRecord[] = [];
  outbox: OutboxItem[] = [];
  audit: AuditLog[] = [];
  notifications: Notification[] = [];
  images: MessageImage[] = [];
  subscriptions: Subscription[] = [];
  grants: SubscribeGrant[] = [];
  rules: RoutingRule[] = [];
  agencies: Array<Pick<Agency, 'id' | 'name' | 'kind' | 'active'>> = [];
  citizens: Array<{ id: number; openid: string; phoneEncrypted: string | null }> = [];
  staff: Array<{ id: number; displayName: string }> = [];
  /** Published interpretations a message may ask about (就此政策咨询). */
  interpretations: Array<{ id: number; title: string; agencyId: number; published: boolean }> = [];
  /** Board search terms written per message (messages/message-index.ts), as the terms' text. */
  boardTerms = new Map<number, string[]>();
  private ids = 0;

  nextId(): number {
    return ++this.ids;
  }

  /** A message with every column, `overrides` on top. */
  message(overrides: Partial<Message> = {}): Message {
    const message = {
      id: this.nextId(),
      caseNo: `LX${this.ids}`,
      citizenId: 1,
      type: 'consultation',
      channel: 'mayor_mailbox',
      status: 'submitted',
      targetAgencyId: null,
      assignedAgencyId: null,
      title: '标题',
      content: '内容',
      contactNameEncrypted: 'name',
      contactPhoneEncrypted: 'phone',
      isPublic: false,
      moderation: 'passed',
      routedBy: null,
      notifyOnReply: false,
      submittedAt: new Date('2026-11-02T01:00:00Z'),
      assignedAt: null,
      dueAt: null,
      repliedAt: null,
      replyWorkdays: null,
      closedAt: null,
      reminderQueuedAt: null,
      overdueQueuedAt: null,
      rating: null,
      ratingComment: null,
      ratedAt: null,
      anonymisedAt: null,
      version: 1,
      ...overrides,
    } as Message;
    this.messages.push(message);
    return message;
  }
}

const copy = <T>(row: T): T => ({ ...row });
const byId = <T extends { id: number }>(a: T, b: T) => a.id - b.id;

export class InMemoryMessages implements RepositoryOf<MessageRepository> {
  constructor(private readonly data: InMemoryData) {}

  private find(id: number): Message | undefined {
    return this.data.messages.find((m) => m.id === id);
  }

  async findVisible(id: number, scope: number | undefined): Promise<Message | null> {
    const message = this.find(id);
    return message && (scope === undefined || message.assignedAgencyId === scope) ? copy(message) : null;
  }

  async findById(id: number): Promise<Message | null> {
    const message = this.find(id);
    return message ? copy(message) : null;
  }

  async findForCitizen(id: number, citizenId: number): Promise<Message | null> {
    const message = this.find(id);
    return message && message.citizenId === citizenId ? copy(message) : null;
  }

  async listForCitizen(citizenId: number, limit = 200): Promise<Message[]> {
    return this.data.messages
      .filter((m) => m.citizenId === citizenId)
      .sort((a, b) => b.id - a.id)
      .slice(0, limit)
      .map(copy);
  }

  async listForStaff(filter: StaffMessageFilter): Promise<{ rows: Message[]; total: number }> {
    const overdue = (m: Message) => m.status === 'assigned' && m.dueAt !== null && m.dueAt < filter.now;
    const rows = this.data.messages.filter(
      (m) =>
        (filter.scope === undefined || m.assignedAgencyId === filter.scope) &&
        (!filter.status || m.status === filter.status) &&
        (!filter.type || m.type === filter.type) &&
        (!filter.channel || m.channel === filter.channel) &&
        (!filter.agencyId || m.assignedAgencyId === filter.agencyId) &&
        (filter.overdue === undefined || overdue(m) === filter.overdue) &&
        (!filter.q || m.caseNo === filter.q || m.title.includes(filter.q)),
    );
    return {
      rows: rows
        .sort((a, b) => b.id - a.id)
        .slice(filter.offset, filter.offset + filter.limit)
        .map(copy),
      total: rows.length,
    };
  }

  async insert(message: Partial<Message>): Promise<Message> {
    return copy(this.data.message({ ...message, id: this.data.nextId(), version: 1 }));
  }

  async findUnindexedForBoard(afterId: number, limit: number): Promise<Message[]> {
    return this.data.messages
      .filter((m) => m.id > afterId && !this.data.boardTerms.has(m.id))
      .sort((a, b) => a.id - b.id)
      .slice(0, limit)
      .map(copy);
  }

  async indexNewForBoard(cutter: TermCutter, message: Pick<Message, 'id' | 'title' | 'content'>, authorName: string | null): Promise<void> {
    if (this.data.boardTerms.has(message.id)) throw new Error(`message ${message.id} already has board terms`);
    await this.indexForBoard(cutter, message, authorName);
  }

  async indexForBoard(cutter: TermCutter, message: Pick<Message, 'id' | 'title' | 'content'>, authorName: string | null): Promise<void> {
    this.data.boardTerms.set(message.id, [...boardTermWeights(cutter, message, authorName).keys()]);
  }

  async setCaseNo(id: number, caseNo: string): Promise<void> {
    const message = this.find(id)!;
    message.caseNo = caseNo;
    message.version += 1;
  }

  async claimChange(id: number, version: number, changes: Partial<Message>): Promise<boolean> {
    const message = this.find(id);
    if (!message || message.version !== version) return false;
    Object.assign(message, changes, { version: version + 1 });
    return true;
  }

  async addEvent(event: Omit<MessageEvent, 'id'>): Promise<void> {
    this.data.events.push({ ...event, id: this.data.nextId() });
  }

  async history(messageId: number): Promise<MessageEvent[]> {
    return this.data.events.filter((e) => e.messageId === messageId).sort(byId);
  }

  async addReply(reply: Omit<MessageReply, 'id'>): Promise<number> {
    const id = this.data.nextId();
    this.data.replies.push({ ...reply, id });
    return id;
  }

  async replies(messageId: number): Promise<MessageReply[]> {
    return this.data.replies.filter((r) => r.messageId === messageId).sort(byId);
  }

  async extensions(messageId: number): Promise<MessageExtension[]> {
    return this.data.extensions
      .filter((e) => e.messageId === messageId)
      .sort(byId)
      .map(copy);
  }

  async addExtension(extension: Omit<MessageExtension, 'id' | 'decidedBy' | 'decidedAt' | 'decisionNote'>): Promise<void> {
    this.data.extensions.push({ ...extension, id: this.data.nextId(), decidedBy: null, decidedAt: null, decisionNote: null });
  }

  async findPendingExtension(messageId: number): Promise<MessageExtension | null> {
    const pending = this.data.extensions.find((e) => e.messageId === messageId && e.status === 'pending');
    return pending ? copy(pending) : null;
  }

  async decideExtension(id: number, decision: Pick<MessageExtension, 'status' | 'decidedBy' | 'decidedAt' | 'decisionNote'>): Promise<void> {
    Object.assign(
      this.data.extensions.find((e) => e.id === id)!,
      decision,
    );
  }

  async findIdempotencyRecord(citizenId: number, key: string): Promise<IdempotencyRecord | null> {
    return this.data.idempotency.find((r) => r.citizenId === citizenId && r.key === key) ?? null;
  }

  async claimIdempotencyKey(record: Omit<IdempotencyRecord, 'id'>): Promise<void> {
    if (this.data.idempotency.some((r) => r.citizenId === record.citizenId && r.key === record.key)) throw new Error('UNIQUE constraint failed');
    this.data.idempotency.push({ ...record, id: this.data.nextId() });
  }

  async linkIdempotencyKey(citizenId: number, key: string, messageId: number): Promise<void> {
    this.data.idempotency.find((r) => r.citizenId === citizenId && r.key === key)!.messageId = messageId;
  }

  async findDueForReminder(now: Date): Promise<Message[]> {
    return this.data.messages.filter((m) => m.status === 'assigned' && m.reminderQueuedAt === null && m.dueAt !== null && m.dueAt >= now).map(copy);
  }

  async claimReminder(id: number, now: Date): Promise<boolean> {
    const message = this.find(id);
    if (!message || message.reminderQueuedAt !== null || message.status !== 'assigned') return false;
    message.reminderQueuedAt = now;
    return true;
  }

  async findOverdue(now: Date): Promise<Message[]> {
    return this.data.messages.filter((m) => m.status === 'assigned' && m.overdueQueuedAt === null && m.dueAt !== null && m.dueAt < now).map(copy);
  }

  async claimOverdueAlert(id: number, now: Date): Promise<boolean> {
    const message = this.find(id);
    if (!message || message.overdueQueuedAt !== null || message.status !== 'assigned') return false;
    message.overdueQueuedAt = now;
    return true;
  }

  async findReplied(): Promise<Message[]> {
    return this.data.messages.filter((m) => m.status === 'replied' && m.repliedAt !== null).map(copy);
  }

  async findContactExpired(cutoff: Date): Promise<Message[]> {
    return this.data.messages
      .filter(
        (m) =>
          m.anonymisedAt === null &&
          ((m.status === 'closed' && m.closedAt !== null && m.closedAt < cutoff) || (m.status === 'hidden' && m.submittedAt < cutoff)),
      )
      .map(copy);
  }

  async anonymiseContact(id: number, now: Date): Promise<boolean> {
    const message = this.find(id);
    if (!message || message.anonymisedAt !== null) return false;
    Object.assign(message, { contactNameEncrypted: '', contactPhoneEncrypted: '', anonymisedAt: now });
    return true;
  }
}

export class InMemoryDirectory implements RepositoryOf<MessageDirectoryRepository> {
  constructor(private readonly data: InMemoryData) {}

  async findActiveAgency(id: number): Promise<Agency | null> {
    return (this.data.agencies.find((a) => a.id === id && a.active) as Agency | undefined) ?? null;
  }

  async findPublishedInterpretation(id: number): Promise<{ id: number; title: string; agencyId: number } | null> {
    const found = this.data.interpretations.find((i) => i.id === id && i.published);
    return found ? { id: found.id, title: found.title, agencyId: found.agencyId } : null;
  }

  async interpretationTitle(id: number | null): Promise<{ id: number; title: string } | null> {
    const found = id === null ? undefined : this.data.interpretations.find((i) => i.id === id);
    return found ? { id: found.id, title: found.title } : null;
  }

  async officeAgencyId(): Promise<number | null> {
    return this.data.agencies.find((a) => a.kind === 'office')?.id ?? null;
  }

  async agencyNames(ids: ReadonlyArray<number | null>): Promise<Map<number, string>> {
    return new Map(this.data.agencies.filter((a) => ids.includes(a.id)).map((a) => [a.id, a.name]));
  }

  async staffNames(ids: ReadonlyArray<number | null>): Promise<Map<number, string>> {
    return new Map(this.data.staff.filter((s) => ids.includes(s.id)).map((s) => [s.id, s.displayName]));
  }

  async citizenPhoneEncrypted(citizenId: number): Promise<string | null> {
    const citizen = this.data.citizens.find((c) => c.id === citizenId);
    if (!citizen) throw new Error(`no citizen ${citizenId}`);
    return citizen.phoneEncrypted;
  }
}

export class InMemoryRoutingRules implements RepositoryOf<RoutingRuleRepository> {
  constructor(private readonly data: InMemoryData) {}

  async findActiveOfActiveAgencies(): Promise<RoutingRule[]> {
    return this.data.rules.filter((r) => r.active && this.data.agencies.some((a) => a.id === r.agencyId && a.active)).map(copy);
  }

  async listAll(): Promise<RoutingRule[]> {
    return [...this.data.rules].sort((a, b) => b.priority - a.priority || a.id - b.id).map(copy);
  }

  async findById(id: number): Promise<RoutingRule | null> {
    const rule = this.data.rules.find((r) => r.id === id);
    return rule ? copy(rule) : null;
  }

  async add(rule: Pick<RoutingRule, 'keyword' | 'agencyId' | 'priority' | 'active'>): Promise<RoutingRule> {
    const stored = { ...rule, id: this.data.nextId(), createdAt: new Date() };
    this.data.rules.push(stored);
    return copy(stored);
  }

  async change(id: number, changes: Pick<RoutingRule, 'keyword' | 'agencyId' | 'priority' | 'active'>): Promise<void> {
    Object.assign(
      this.data.rules.find((r) => r.id === id)!,
      changes,
    );
  }

  async isActiveAgency(agencyId: number): Promise<boolean> {
    return this.data.agencies.some((a) => a.id === agencyId && a.active);
  }

  async agencyNames(): Promise<Map<number, string>> {
    return new Map(this.data.agencies.map((a) => [a.id, a.name]));
  }
}

export class InMemoryNotifications implements RepositoryOf<NotificationRepository> {
  constructor(private readonly data: InMemoryData) {}

  async add(notification: Omit<Notification, 'id'>): Promise<void> {
    this.data.notifications.push({ ...notification, id: this.data.nextId() });
  }

  async listForAgency(agencyId: number, limit = 50): Promise<Notification[]> {
    return this.data.notifications
      .filter((n) => n.agencyId === agencyId)
      .sort((a, b) => b.id - a.id)
      .slice(0, limit);
  }
}

/** Message photos' rows (the bytes are ImageStorage's, which the specs leave out). */
class InMemoryMessageImages implements RepositoryOf<MessageImageRepository> {
  constructor(private readonly data: InMemoryData) {}

  async insert(row: Omit<MessageImage, 'id'>): Promise<MessageImage> {
    const image = { ...row, id: this.data.nextId() };
    this.data.images.push(image);
    return image;
  }

  async remove(id: number): Promise<void> {
    this.data.images = this.data.images.filter((image) => image.id !== id);
  }

  async findOwned(id: number, citizenId: number): Promise<MessageImage | null> {
    return this.data.images.find((image) => image.id === id && image.citizenId === citizenId) ?? null;
  }

  private attachable(ids: number[], citizenId: number): MessageImage[] {
    return this.data.images.filter((image) => ids.includes(image.id) && image.citizenId === citizenId && image.messageId === null);
  }

  async countAttachable(ids: number[], citizenId: number): Promise<number> {
    return this.attachable(ids, citizenId).length;
  }

  async attach(ids: number[], citizenId: number, messageId: number): Promise<number> {
    const rows = this.attachable(ids, citizenId);
    for (const image of rows) image.messageId = messageId;
    return rows.length;
  }

  async forMessage(messageId: number): Promise<MessageImage[]> {
    return this.data.images.filter((image) => image.messageId === messageId).sort(byId);
  }

  async findById(id: number): Promise<MessageImage | null> {
    return this.data.images.find((image) => image.id === id) ?? null;
  }

  async findByCheckToken(checkToken: string): Promise<MessageImage | null> {
    return this.data.images.find((image) => image.checkToken === checkToken && image.checkStatus === 'checking') ?? null;
  }

  async findByTraceId(traceId: string): Promise<MessageImage | null> {
    return this.data.images.find((image) => image.traceId === traceId) ?? null;
  }

  async ownerOpenid(citizenId: number): Promise<string | null> {
    return this.data.citizens.find((citizen) => citizen.id === citizenId)?.openid ?? null;
  }

  async startCheck(id: number, checkToken: string): Promise<void> {
    Object.assign((await this.findById(id)) ?? {}, { checkStatus: 'checking', checkToken });
  }

  async recordTraceId(id: number, traceId: string): Promise<void> {
    Object.assign((await this.findById(id)) ?? {}, { traceId });
  }

  async recordVerdict(id: number, checkStatus: 'passed' | 'flagged'): Promise<void> {
    Object.assign((await this.findById(id)) ?? {}, { checkStatus, checkToken: null });
  }

  async approveForBoard(messageId: number, at: Date): Promise<number> {
    const rows = this.data.images.filter(
      (image) => image.messageId === messageId && (image.checkStatus === 'passed' || image.checkStatus === 'unchecked') && image.boardApprovedAt === null,
    );
    for (const image of rows) image.boardApprovedAt = at;
    return rows.length;
  }

  async onBoard(messageIds: number[]): Promise<Map<number, MessageImage[]>> {
    const byMessage = new Map<number, MessageImage[]>();
    for (const image of [...this.data.images].sort(byId)) {
      const shown = image.boardApprovedAt !== null && (image.checkStatus === 'passed' || image.checkStatus === 'unchecked');
      if (image.messageId !== null && messageIds.includes(image.messageId) && shown)
        byMessage.set(image.messageId, [...(byMessage.get(image.messageId) ?? []), image]);
    }
    return byMessage;
  }
}

/** The messages feature's store over InMemoryData: its outbox and audit rows are `data.outbox` and `data.audit`. */
export function inMemoryMessageStore(data: InMemoryData): InMemoryStore<MessageRepositories> {
  return new InMemoryStore<MessageRepositories>(new InMemoryDatabase(), (tables) => ({
    ...sharedOver(data, tables),
    messages: new InMemoryMessages(data),
    directory: new InMemoryDirectory(data),
    rules: new InMemoryRoutingRules(data),
    notifications: new InMemoryNotifications(data),
    images: new InMemoryMessageImages(data),
  }));
}

/** 订阅 as the outbox worker sees it: who follows which unit, and grants per citizen and template. */
export class InMemorySubscriptions implements RepositoryOf<Subscriptions> {
  constructor(private readonly data: InMemoryData) {}

  private grant(citizenId: number, template: SubscribeTemplate): SubscribeGrant | undefined {
    return this.data.grants.find((g) => g.citizenId === citizenId && g.template === template);
  }

  async add(citizenId: number, agencyId: number, now: Date): Promise<void> {
    if (!(await this.isSubscribed(citizenId, agencyId))) this.data.subscriptions.push({ id: this.data.nextId(), citizenId, agencyId, createdAt: now });
  }

  async remove(citizenId: number, agencyId: number): Promise<boolean> {
    const before = this.data.subscriptions.length;
    this.data.subscriptions = this.data.subscriptions.filter((s) => !(s.citizenId === citizenId && s.agencyId === agencyId));
    return this.data.subscriptions.length < before;
  }

  async isSubscribed(citizenId: number, agencyId: number): Promise<boolean> {
    return this.data.subscriptions.some((s) => s.citizenId === citizenId && s.agencyId === agencyId);
  }

  async listForCitizen(citizenId: number): Promise<SubscriptionRow[]> {
    return this.data.subscriptions
      .filter((s) => s.citizenId === citizenId)
      .sort((a, b) => b.id - a.id)
      .map((s) => ({
        agencyId: s.agencyId,
        agencyName: this.data.agencies.find((a) => a.id === s.agencyId)?.name ?? '',
        industry: null,
        createdAt: s.createdAt,
      }));
  }

  async subscriberIds(agencyId: number): Promise<number[]> {
    return this.data.subscriptions.filter((s) => s.agencyId === agencyId).map((s) => s.citizenId);
  }

  async grantsOf(citizenId: number): Promise<SubscribeGrant[]> {
    return this.data.grants.filter((g) => g.citizenId === citizenId).map((g) => ({ ...g }));
  }

  async recordGrant(citizenId: number, template: SubscribeTemplate, longTerm: boolean, now: Date): Promise<void> {
    const grant =
      this.grant(citizenId, template) ??
      this.data.grants[this.data.grants.push({ id: this.data.nextId(), citizenId, template, oneTimeLeft: 0, longTerm: false, updatedAt: now }) - 1];
    if (longTerm) grant.longTerm = true;
    else grant.oneTimeLeft += 1;
    grant.updatedAt = now;
  }

  async spendGrant(citizenId: number, template: SubscribeTemplate, now: Date): Promise<SpentGrant | null> {
    const grant = this.grant(citizenId, template);
    if (!grant) return null;
    if (grant.longTerm) return 'long_term';
    if (grant.oneTimeLeft <= 0) return null;
    Object.assign(grant, { oneTimeLeft: grant.oneTimeLeft - 1, updatedAt: now });
    return 'one_time';
  }

  async refundGrant(citizenId: number, template: SubscribeTemplate, now: Date): Promise<void> {
    const grant = this.grant(citizenId, template);
    if (grant) Object.assign(grant, { oneTimeLeft: grant.oneTimeLeft + 1, updatedAt: now });
  }
}

export function inMemoryOutboxStore(data: InMemoryData): InMemoryStore<OutboxRepositories> {
  return new InMemoryStore<OutboxRepositories>(new InMemoryDatabase(), (tables) => ({
    ...sharedOver(data, tables),
    notifications: new InMemoryNotifications(data),
    subscriptions: new InMemorySubscriptions(data),
  }));
}

export function inMemoryRoutingStore(data: InMemoryData): InMemoryStore<RoutingRepositories> {
  return new InMemoryStore<RoutingRepositories>(new InMemoryDatabase(), (tables) => ({ ...sharedOver(data, tables), rules: new InMemoryRoutingRules(data) }));
}

/** The shared repositories, with the audit trail and the outbox writing to InMemoryData (the calendar's years stay empty). */
function sharedOver(data: InMemoryData, tables: Tables): SharedRepositories {
  return { ...sharedOn(tables), audit: new AuditTrail(new InMemoryAuditLogs(data)), outbox: new InMemoryOutbox(data) };
}
