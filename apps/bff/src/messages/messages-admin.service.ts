import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, ErrorCode, ExtensionView, Page, StaffMessageQuery, StaffMessageSummary, StaffMessageView } from '@weimin/contracts';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { agencyScopeOf, seesAllAgencies, StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { maskName, maskPhone } from '../common/privacy/mask';
import { sanitizeRichText, textOf } from '../common/text/rich-text';
import { containsText } from '../database/like';
import { OutboxService } from '../outbox/outbox.service';
import { MessageRouter } from '../routing/message-router';
import { StaffAccount } from '../staff/staff-account.entity';
import { MessageEvent } from './message-event.entity';
import { MessageExtension } from './message-extension.entity';
import { MessageReply } from './message-reply.entity';
import { allowedActions } from './message-transitions';
import { MessageWorkflow } from './message-workflow.service';
import { Message } from './message.entity';
import { toEventView, toReplyView, toStaffSummary } from './messages.mapper';
import { MessagesService } from './messages.service';

const OFFICE_ACTIONS = new Set(['release', 'dispatch', 'reassign', 'reopen', 'hide']);
const ASSIGNEE_ACTIONS = new Set(['reply', 'return', 'extend']);

/** Messages in the console: the office dispatches and chases; the assigned agency answers (docs/domain.md §3). */
@Injectable()
export class MessagesAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: MessageWorkflow,
    private readonly messages: MessagesService,
    private readonly outbox: OutboxService,
    private readonly router: MessageRouter,
    private readonly audit: AuditService,
  ) {}

  async list(caller: StaffCaller, query: StaffMessageQuery): Promise<Page<StaffMessageSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const now = new Date();
    const builder = this.dataSource.getRepository(Message).createQueryBuilder('message').leftJoinAndSelect('message.assignedAgency', 'agency');
    const scope = agencyScopeOf(caller);
    if (scope !== undefined) builder.andWhere('message.assignedAgencyId = :scope', { scope });
    if (query.status) builder.andWhere('message.status = :status', { status: query.status });
    if (query.type) builder.andWhere('message.type = :type', { type: query.type });
    if (query.channel) builder.andWhere('message.channel = :channel', { channel: query.channel });
    if (query.agencyId) builder.andWhere('message.assignedAgencyId = :agencyId', { agencyId: query.agencyId });
    if (query.overdue !== undefined) {
      builder.andWhere(query.overdue ? "message.status = 'assigned' AND message.dueAt < :now" : "NOT (message.status = 'assigned' AND message.dueAt < :now)", {
        now,
      });
    }
    if (query.q) {
      const q = query.q;
      builder.andWhere(new Brackets((w) => w.where('message.caseNo = :caseNo', { caseNo: q }).orWhere(...containsText('message.title', 'q', q))));
    }
    const [rows, total] = await builder
      .orderBy('message.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const deadlines = await this.workflow.freshDeadlines(this.dataSource.manager);
    return { items: rows.map((m) => toStaffSummary(m, now, m.dueAt ? deadlines.workdaysLeft(m.dueAt, now) : null)), total, page, pageSize };
  }

  /**
   * docs/security.md §10: the contact is unmasked only for the agency the message is assigned to and for the office;
   * every unmasked view is audited.
   */
  async get(caller: StaffCaller, id: number): Promise<StaffMessageView> {
    return this.dataSource.transaction(async (manager) => {
      const message = await this.findVisible(manager, caller, id);
      const now = new Date();
      const contact = this.messages.contactOf(message);
      const unmasked = contact !== null && (seesAllAgencies(caller) || message.assignedAgencyId === caller.agencyId);
      const { name, phone } = contact ?? { name: '', phone: '' };
      if (unmasked) {
        await this.audit.recordStaff(manager, caller, {
          action: AuditAction.ContactViewed,
          objectType: 'message',
          objectId: id,
          agencyId: message.assignedAgencyId,
        });
      }
      const [replies, events, extensions] = await Promise.all([
        manager.find(MessageReply, { where: { messageId: id }, order: { id: 'ASC' } }),
        manager.find(MessageEvent, { where: { messageId: id }, order: { id: 'ASC' } }),
        manager.find(MessageExtension, { where: { messageId: id }, order: { id: 'ASC' } }),
      ]);
      const agencyNames = await this.names(manager, Agency, [...replies.map((r) => r.agencyId), ...events.map((e) => e.agencyId)]);
      const staffNames = await this.names(
        manager,
        StaffAccount,
        events.filter((e) => e.actorType === 'staff').map((e) => e.actorId),
        'displayName',
      );
      return {
        ...toStaffSummary(message, now, message.dueAt ? (await this.workflow.freshDeadlines(manager)).workdaysLeft(message.dueAt, now) : null),
        content: message.content,
        isPublic: message.isPublic,
        contactName: contact && !unmasked ? maskName(name) : name,
        contactPhone: contact && !unmasked ? maskPhone(phone) : phone,
        contactUnmasked: unmasked,
        targetAgencyId: message.targetAgencyId,
        moderation: message.moderation,
        rating: message.rating,
        ratingComment: message.ratingComment,
        replies: replies.map((r) => toReplyView(r, agencyNames.get(r.agencyId) ?? '')),
        events: events.map((e) =>
          toEventView(e, e.actorType === 'staff' ? (staffNames.get(e.actorId!) ?? null) : null, e.agencyId ? (agencyNames.get(e.agencyId) ?? null) : null),
        ),
        extensions: extensions.map(toExtensionView),
        allowedActions: this.actionsFor(caller, message, extensions),
      };
    });
  }

  /** 交办: from the dispatch queue (or back from an agency) to an agency. */
  async dispatch(caller: StaffCaller, id: number, agencyId: number, note?: string): Promise<StaffMessageView> {
    await this.act(caller, id, 'dispatch', async (manager, message) => {
      await this.activeAgency(manager, agencyId);
      await this.workflow.transition(
        manager,
        message,
        'dispatch',
        await this.workflow.assignment(manager, message, agencyId, new Date()),
        this.staffActor(caller),
        {
          agencyId,
          reason: note ?? null,
        },
      );
      return { action: AuditAction.MessageDispatched, agencyId };
    });
    return this.get(caller, id);
  }

  /** 改派: the office moves an assigned message to another agency; the clock starts again. */
  async reassign(caller: StaffCaller, id: number, agencyId: number, note?: string): Promise<StaffMessageView> {
    await this.act(caller, id, 'reassign', async (manager, message) => {
      if (message.assignedAgencyId === agencyId) throw new DomainException(ErrorCode.Conflict, '留言已在该单位办理');
      await this.activeAgency(manager, agencyId);
      await this.workflow.transition(
        manager,
        message,
        'reassign',
        await this.workflow.assignment(manager, message, agencyId, new Date()),
        this.staffActor(caller),
        {
          agencyId,
          reason: note ?? null,
        },
      );
      return { action: AuditAction.MessageReassigned, agencyId };
    });
    return this.get(caller, id);
  }

  /** A message held by moderation is let through; it is then routed like a new one. */
  async release(caller: StaffCaller, id: number): Promise<StaffMessageView> {
    await this.act(caller, id, 'release', async (manager, message) => {
      await this.workflow.transition(manager, message, 'release', { moderation: 'passed' }, this.staffActor(caller));
      const route = await this.routeFor(manager, message);
      if (route) {
        await this.workflow.transition(
          manager,
          message,
          'dispatch',
          { ...(await this.workflow.assignment(manager, message, route.agencyId, new Date())), routedBy: route.by },
          { actorType: 'system', actorId: null },
          { agencyId: route.agencyId, reason: route.reason },
        );
      }
      return { action: AuditAction.MessageReleased, agencyId: route?.agencyId ?? null };
    });
    return this.get(caller, id);
  }

  /** 退回: not this agency's business; back to the office's queue with the reason. */
  async return(caller: StaffCaller, id: number, reason: string): Promise<StaffMessageView> {
    await this.act(caller, id, 'return', async (manager, message) => {
      const agencyId = message.assignedAgencyId;
      await this.workflow.transition(manager, message, 'return', { assignedAgencyId: null, dueAt: null, assignedAt: null }, this.staffActor(caller), {
        agencyId,
        reason,
      });
      return { action: AuditAction.MessageReturned, agencyId, reason };
    });
    return this.getAfterLosingAccess(caller, id);
  }

  async reply(caller: StaffCaller, id: number, bodyHtml: string): Promise<StaffMessageView> {
    const clean = sanitizeRichText(bodyHtml);
    if (!textOf(clean)) throw new DomainException(ErrorCode.ValidationFailed, '答复内容不能为空', [{ field: 'bodyHtml', messages: ['答复内容不能为空'] }]);
    await this.act(caller, id, 'reply', async (manager, message) => {
      const now = new Date();
      const { identifiers } = await manager.insert(MessageReply, {
        messageId: id,
        agencyId: caller.agencyId,
        staffId: caller.id,
        bodyHtml: clean,
        createdAt: now,
      });
      const replyWorkdays = message.assignedAt ? (await this.workflow.freshDeadlines(manager)).workdaysBetween(message.assignedAt, now) : null;
      await this.workflow.transition(manager, message, 'reply', { repliedAt: now, replyWorkdays }, this.staffActor(caller), { agencyId: caller.agencyId });
      if (message.notifyOnReply) {
        await this.outbox.enqueue(manager, 'citizen_subscribe', `reply:${id}:${identifiers[0].id}`, message.citizenId, {
          caseNo: message.caseNo,
          status: '已答复',
          page: `packages/messages/pages/detail/index?id=${id}`,
        });
      }
      return { action: AuditAction.MessageReplied, agencyId: caller.agencyId };
    });
    return this.get(caller, id);
  }

  /** One extension per message: asked by the assigned agency, decided by the office head. */
  async requestExtension(caller: StaffCaller, id: number, workdays: number, reason: string): Promise<StaffMessageView> {
    await this.act(caller, id, 'extend', async (manager, message) => {
      const earlier = await manager.find(MessageExtension, { where: { messageId: id, status: In(['pending', 'approved']) } });
      if (earlier.some((e) => e.status === 'approved')) throw new DomainException(ErrorCode.Conflict, '每件留言只能延期一次');
      if (earlier.length > 0) throw new DomainException(ErrorCode.Conflict, '已有待审批的延期申请');
      await manager.insert(MessageExtension, {
        messageId: id,
        agencyId: caller.agencyId,
        requestedBy: caller.id,
        workdays,
        reason,
        status: 'pending',
        requestedAt: new Date(),
      });
      await this.workflow.note(manager, message, 'extension_requested', this.staffActor(caller), {
        agencyId: caller.agencyId,
        reason: `${workdays}个工作日：${reason}`,
      });
      return { action: AuditAction.ExtensionRequested, agencyId: caller.agencyId, reason };
    });
    return this.get(caller, id);
  }

  async decideExtension(caller: StaffCaller, id: number, approve: boolean, note?: string): Promise<StaffMessageView> {
    await this.act(caller, id, 'decide_extension', async (manager, message) => {
      const pending = await manager.findOneBy(MessageExtension, { messageId: id, status: 'pending' });
      if (!pending) throw new DomainException(ErrorCode.Conflict, '没有待审批的延期申请');
      await manager.update(MessageExtension, pending.id, {
        status: approve ? 'approved' : 'rejected',
        decidedBy: caller.id,
        decidedAt: new Date(),
        decisionNote: note ?? null,
      });
      if (approve && message.status === 'assigned' && message.dueAt) {
        await this.workflow.transition(
          manager,
          message,
          'extend',
          { dueAt: (await this.workflow.freshDeadlines(manager)).extend(message.dueAt, pending.workdays), reminderQueuedAt: null, overdueQueuedAt: null },
          this.staffActor(caller),
          {
            reason: `批准延期${pending.workdays}个工作日${note ? `：${note}` : ''}`,
          },
        );
      } else {
        await this.workflow.note(manager, message, approve ? 'extension_approved' : 'extension_rejected', this.staffActor(caller), { reason: note ?? null });
      }
      return { action: AuditAction.ExtensionDecided, agencyId: message.assignedAgencyId, reason: approve ? 'approved' : 'rejected' };
    });
    return this.get(caller, id);
  }

  /** 重办: an answer rated 不满意 goes back to an agency (the same one unless the office names another). */
  async reopen(caller: StaffCaller, id: number, reason: string, agencyId?: number): Promise<StaffMessageView> {
    await this.act(caller, id, 'reopen', async (manager, message) => {
      if (message.rating !== 'unsatisfied') throw new DomainException(ErrorCode.Conflict, '只有评价为不满意的留言可以重办');
      const target = agencyId ?? message.assignedAgencyId;
      if (!target) throw new DomainException(ErrorCode.ValidationFailed, '请选择重办单位', [{ field: 'agencyId', messages: ['请选择重办单位'] }]);
      await this.activeAgency(manager, target);
      await this.workflow.transition(
        manager,
        message,
        'reopen',
        {
          ...(await this.workflow.assignment(manager, message, target, new Date())),
          rating: null,
          ratingComment: null,
          ratedAt: null,
          repliedAt: null,
          replyWorkdays: null,
          closedAt: null,
        },
        this.staffActor(caller),
        { agencyId: target, reason: `重办：${reason}（原评价：不满意）` },
      );
      return { action: AuditAction.MessageReopened, agencyId: target, reason };
    });
    return this.get(caller, id);
  }

  /** 屏蔽 for abuse: out of every queue and off the board, kept for the record. */
  async hide(caller: StaffCaller, id: number, reason: string): Promise<StaffMessageView> {
    await this.act(caller, id, 'hide', async (manager, message) => {
      await this.workflow.transition(manager, message, 'hide', {}, this.staffActor(caller), { reason });
      return { action: AuditAction.MessageHidden, agencyId: message.assignedAgencyId, reason };
    });
    return this.get(caller, id);
  }

  /**
   * Runs one staff action in a transaction: finds the message as the caller may see it, checks the caller may take
   * this action on it (403 for a role that may not, 409 for a state that forbids it), then audits it.
   */
  private async act(
    caller: StaffCaller,
    id: number,
    action: string,
    body: (manager: EntityManager, message: Message) => Promise<{ action: AuditAction; agencyId: number | null; reason?: string }>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const message = await this.findVisible(manager, caller, id);
      this.assertMay(caller, message, action);
      const audit = await body(manager, message);
      await this.audit.recordStaff(manager, caller, {
        action: audit.action,
        objectType: 'message',
        objectId: id,
        agencyId: audit.agencyId,
        reason: audit.reason,
      });
    });
  }

  private assertMay(caller: StaffCaller, message: Message, action: string): void {
    const office = caller.roles.includes('office_staff') || caller.roles.includes('office_head');
    if (action === 'decide_extension') {
      if (!caller.roles.includes('office_head')) throw new DomainException(ErrorCode.Forbidden, '延期须由政务公开办负责人审批');
      return;
    }
    if (OFFICE_ACTIONS.has(action) && !office) throw new DomainException(ErrorCode.Forbidden, '此操作由政务公开办进行');
    if (ASSIGNEE_ACTIONS.has(action) && message.assignedAgencyId !== caller.agencyId) {
      // The office sees every message but answers only those assigned to the office itself.
      throw new DomainException(
        message.status === 'assigned' ? ErrorCode.Forbidden : ErrorCode.Conflict,
        message.status === 'assigned' ? '只有承办单位可以进行此操作' : '留言当前状态不能进行此操作',
      );
    }
  }

  private actionsFor(caller: StaffCaller, message: Message, extensions: MessageExtension[]): string[] {
    const actions: string[] = allowedActions(message.status).filter((action) => {
      if (action === 'rate' || action === 'auto_close') return false;
      try {
        this.assertMay(caller, message, action);
      } catch {
        return false;
      }
      if (action === 'reopen') return message.rating === 'unsatisfied';
      if (action === 'extend') return !extensions.some((e) => e.status !== 'rejected');
      return true;
    });
    if (caller.roles.includes('office_head') && extensions.some((e) => e.status === 'pending')) actions.push('decide_extension');
    return actions;
  }

  /** Agency roles see only messages now assigned to their agency; another agency's is 404 (docs/security.md §8). */
  private async findVisible(manager: EntityManager, caller: StaffCaller, id: number): Promise<Message> {
    const scope = agencyScopeOf(caller);
    const message = await manager.findOne(Message, {
      where: { id, ...(scope !== undefined && { assignedAgencyId: scope }) },
      relations: { assignedAgency: true },
    });
    if (!message) throw DomainException.notFound('留言');
    return message;
  }

  /** After a return the agency no longer sees the message: answer with what it last saw, now masked. */
  private async getAfterLosingAccess(caller: StaffCaller, id: number): Promise<StaffMessageView> {
    if (seesAllAgencies(caller)) return this.get(caller, id);
    const message = await this.dataSource.getRepository(Message).findOneByOrFail({ id });
    const now = new Date();
    return {
      ...toStaffSummary(message, now, null),
      content: message.content,
      isPublic: message.isPublic,
      contactName: '',
      contactPhone: '',
      contactUnmasked: false,
      targetAgencyId: message.targetAgencyId,
      moderation: message.moderation,
      rating: message.rating,
      ratingComment: message.ratingComment,
      replies: [],
      events: [],
      extensions: [],
      allowedActions: [],
    };
  }

  private async routeFor(manager: EntityManager, message: Message): Promise<{ agencyId: number; by: 'target' | 'rule'; reason: string } | null> {
    if (message.targetAgencyId) {
      const target = await manager.findOneBy(Agency, { id: message.targetAgencyId, active: true });
      if (target) return { agencyId: target.id, by: 'target', reason: '留言人指定' };
    }
    return this.router.routeByRules(manager, message);
  }

  private async activeAgency(manager: EntityManager, agencyId: number): Promise<Agency> {
    const agency = await manager.findOneBy(Agency, { id: agencyId, active: true });
    if (!agency) throw new DomainException(ErrorCode.ValidationFailed, '承办单位不存在或已停用', [{ field: 'agencyId', messages: ['承办单位不存在或已停用'] }]);
    return agency;
  }

  private staffActor(caller: StaffCaller) {
    return { actorType: 'staff' as const, actorId: caller.id };
  }

  private async names<T extends { id: number }>(
    manager: EntityManager,
    entity: new () => T,
    ids: Array<number | null>,
    field: keyof T = 'name' as keyof T,
  ): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await manager.getRepository(entity).find({ where: { id: In(wanted) } as never });
    return new Map(rows.map((row) => [row.id, String(row[field])]));
  }
}

function toExtensionView(extension: MessageExtension): ExtensionView {
  return {
    id: extension.id,
    status: extension.status,
    workdays: extension.workdays,
    reason: extension.reason,
    requestedAt: extension.requestedAt.toISOString(),
    decidedAt: extension.decidedAt?.toISOString() ?? null,
    decisionNote: extension.decisionNote,
  };
}
