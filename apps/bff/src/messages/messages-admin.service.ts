import { Inject, Injectable } from '@nestjs/common';
import {
  AuditAction,
  ErrorCode,
  ExtensionView,
  MESSAGE_DUE_SOON_WORKDAYS,
  Page,
  StaffMessageQuery,
  StaffMessageSummary,
  StaffMessageView,
} from '@weimin/contracts';
import { agencyScopeOf, seesAllAgencies, StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { maskName, maskPhone } from '../common/privacy/mask';
import { sanitizeRichText, textOf } from '../common/text/rich-text';
import { IMAGE_STORAGE, type ImageStorage, readKeptImage } from '../photos/image-storage';
import { toStaffImageView } from '../photos/photos.mapper';
import { MessageRouter } from '../routing/message-router';
import { MessageExtension } from './message-extension.entity';
import { allowedActions, assertMay, type StaffMessageAction } from './message-transitions';
import { MessageWorkflow } from './message-workflow.service';
import { Message } from './message.entity';
import { MessageStore, type MessageTransaction } from './message.store';
import { toEventView, toReplyView, toStaffSummary } from './messages.mapper';
import { MessagesService } from './messages.service';

/** Messages in the console: the office dispatches and chases; the assigned agency answers (docs/domain.md §3). */
@Injectable()
export class MessagesAdminService {
  constructor(
    private readonly store: MessageStore,
    private readonly workflow: MessageWorkflow,
    private readonly messages: MessagesService,
    private readonly router: MessageRouter,
    @Inject(IMAGE_STORAGE) private readonly storage: ImageStorage,
  ) {}

  async list(caller: StaffCaller, query: StaffMessageQuery): Promise<Page<StaffMessageSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const now = this.workflow.now();
    const deadlines = await this.workflow.freshDeadlines();
    const { rows, total } = await this.store.repositories.messages.listForStaff({
      scope: agencyScopeOf(caller),
      status: query.status,
      type: query.type,
      channel: query.channel,
      agencyId: query.agencyId,
      overdue: query.overdue,
      dueBy: query.dueSoon ? deadlines.dueSoonUntil(now, MESSAGE_DUE_SOON_WORKDAYS) : undefined,
      q: query.q,
      now,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: rows.map((m) => toStaffSummary(m, now, m.dueAt ? deadlines.workdaysLeft(m.dueAt, now) : null)), total, page, pageSize };
  }

  /**
   * docs/security.md §10: the contact is unmasked only for the agency the message is assigned to and for the office;
   * every unmasked view is audited.
   */
  async get(caller: StaffCaller, id: number): Promise<StaffMessageView> {
    return this.store.transaction(async ({ messages, directory, calendar, audit }) => {
      const message = await this.findVisible(messages, caller, id);
      const now = this.workflow.now();
      const contact = this.messages.contactOf(message);
      const unmasked = contact !== null && (seesAllAgencies(caller) || message.assignedAgencyId === caller.agencyId);
      const { name, phone } = contact ?? { name: '', phone: '' };
      if (unmasked) {
        await audit.recordStaff(caller, {
          action: AuditAction.ContactViewed,
          objectType: 'message',
          objectId: id,
          agencyId: message.assignedAgencyId,
        });
      }
      const [replies, events, extensions, images] = await Promise.all([
        messages.replies(id),
        messages.history(id),
        messages.extensions(id),
        this.store.repositories.images.forMessage(id),
      ]);
      const agencyNames = await directory.agencyNames([...replies.map((r) => r.agencyId), ...events.map((e) => e.agencyId)]);
      const staffNames = await directory.staffNames(events.filter((e) => e.actorType === 'staff').map((e) => e.actorId));
      return {
        ...toStaffSummary(message, now, message.dueAt ? (await this.workflow.freshDeadlines(calendar)).workdaysLeft(message.dueAt, now) : null),
        content: message.content,
        isPublic: message.isPublic,
        contactName: contact && !unmasked ? maskName(name) : name,
        contactPhone: contact && !unmasked ? maskPhone(phone) : phone,
        contactUnmasked: unmasked,
        targetAgencyId: message.targetAgencyId,
        moderation: message.moderation,
        rating: message.rating,
        ratingComment: message.ratingComment,
        interpretation: await directory.interpretationTitle(message.interpretationId),
        replies: replies.map((r) => toReplyView(r, agencyNames.get(r.agencyId) ?? '')),
        events: events.map((e) =>
          toEventView(e, e.actorType === 'staff' ? (staffNames.get(e.actorId!) ?? null) : null, e.agencyId ? (agencyNames.get(e.agencyId) ?? null) : null),
        ),
        extensions: extensions.map(toExtensionView),
        allowedActions: allowedActions(caller, message, extensions),
        images: images.map(toStaffImageView),
        canPublishImages:
          isOffice(caller) && images.some((image) => !image.boardApprovedAt && (image.checkStatus === 'passed' || image.checkStatus === 'unchecked')),
      };
    });
  }

  /** A photo of a message the caller sees (the agency it is assigned to, or the office): as for the message, else 404. */
  async image(caller: StaffCaller, imageId: number): Promise<Buffer> {
    const { messages, images } = this.store.repositories;
    const image = await images.findById(imageId);
    if (!image?.messageId) throw DomainException.notFound('图片');
    await this.findVisible(messages, caller, image.messageId);
    return readKeptImage(this.storage, image);
  }

  /**
   * The office approves the message's photos for the public board: those WeChat passed (or that could not be checked,
   * WeChat unconfigured). A flagged photo, or one still being checked, stays off the board.
   */
  async publishImages(caller: StaffCaller, id: number): Promise<StaffMessageView> {
    if (!isOffice(caller)) throw new DomainException(ErrorCode.MessageOfficeOnly, '此操作由政务公开办进行');
    await this.store.transaction(async ({ messages, images, audit }) => {
      const message = await this.findVisible(messages, caller, id);
      const approved = await images.approveForBoard(id, this.workflow.now());
      if (approved === 0) throw new DomainException(ErrorCode.PhotoNoneToPublish, '没有可以公开的图片（未通过检测的图片不能公开）');
      await audit.recordStaff(caller, {
        action: AuditAction.MessageImagesPublished,
        objectType: 'message',
        objectId: id,
        agencyId: message.assignedAgencyId,
        reason: `${approved}张`,
      });
    });
    return this.get(caller, id);
  }

  /** 交办: from the dispatch queue (or back from an agency) to an agency. */
  async dispatch(caller: StaffCaller, id: number, agencyId: number, note?: string): Promise<StaffMessageView> {
    await this.act(caller, id, 'dispatch', async ({ messages, directory, calendar, outbox }, message) => {
      await this.activeAgency(directory, agencyId);
      await this.workflow.transition(
        messages,
        message,
        'dispatch',
        await this.workflow.assignment(calendar, message, agencyId, this.workflow.now()),
        this.staffActor(caller),
        {
          agencyId,
          reason: note ?? null,
        },
      );
      await this.workflow.queueProgress(outbox, message, '已交办', `assigned:${message.version}`);
      return { action: AuditAction.MessageDispatched, agencyId };
    });
    return this.get(caller, id);
  }

  /** 改派: the office moves an assigned message to another agency; the clock starts again. */
  async reassign(caller: StaffCaller, id: number, agencyId: number, note?: string): Promise<StaffMessageView> {
    await this.act(caller, id, 'reassign', async ({ messages, directory, calendar, outbox }, message) => {
      if (message.assignedAgencyId === agencyId) throw new DomainException(ErrorCode.MessageAlreadyWithAgency, '留言已在该单位办理');
      await this.activeAgency(directory, agencyId);
      await this.workflow.transition(
        messages,
        message,
        'reassign',
        await this.workflow.assignment(calendar, message, agencyId, this.workflow.now()),
        this.staffActor(caller),
        {
          agencyId,
          reason: note ?? null,
        },
      );
      await this.workflow.queueProgress(outbox, message, '已交办', `assigned:${message.version}`);
      return { action: AuditAction.MessageReassigned, agencyId };
    });
    return this.get(caller, id);
  }

  /** A message held by moderation is let through; it is then routed like a new one. */
  async release(caller: StaffCaller, id: number): Promise<StaffMessageView> {
    await this.act(caller, id, 'release', async (tx, message) => {
      const { messages, calendar } = tx;
      await this.workflow.transition(messages, message, 'release', { moderation: 'passed' }, this.staffActor(caller));
      const route = await this.routeFor(tx, message);
      if (route) {
        await this.workflow.transition(
          messages,
          message,
          'dispatch',
          { ...(await this.workflow.assignment(calendar, message, route.agencyId, this.workflow.now())), routedBy: route.by },
          { actorType: 'system', actorId: null },
          { agencyId: route.agencyId, reason: route.reason },
        );
        await this.workflow.queueProgress(tx.outbox, message, '已交办', `assigned:${message.version}`);
      }
      return { action: AuditAction.MessageReleased, agencyId: route?.agencyId ?? null };
    });
    return this.get(caller, id);
  }

  /** 退回: not this agency's business; back to the office's queue with the reason. */
  async return(caller: StaffCaller, id: number, reason: string): Promise<StaffMessageView> {
    await this.act(caller, id, 'return', async ({ messages }, message) => {
      const agencyId = message.assignedAgencyId;
      await this.workflow.transition(messages, message, 'return', { assignedAgencyId: null, dueAt: null, assignedAt: null }, this.staffActor(caller), {
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
    await this.act(caller, id, 'reply', async ({ messages, outbox, calendar }, message) => {
      const now = this.workflow.now();
      const replyId = await messages.addReply({
        messageId: id,
        agencyId: caller.agencyId,
        staffId: caller.id,
        bodyHtml: clean,
        createdAt: now,
      });
      const replyWorkdays = message.assignedAt ? (await this.workflow.freshDeadlines(calendar)).workdaysBetween(message.assignedAt, now) : null;
      await this.workflow.transition(messages, message, 'reply', { repliedAt: now, replyWorkdays }, this.staffActor(caller), { agencyId: caller.agencyId });
      if (message.notifyOnReply) {
        await outbox.enqueue(
          'citizen_subscribe',
          `reply:${id}:${replyId}`,
          message.citizenId,
          { caseNo: message.caseNo, status: '已答复', page: `packages/messages/pages/detail/index?id=${id}` },
          now,
        );
      }
      return { action: AuditAction.MessageReplied, agencyId: caller.agencyId };
    });
    return this.get(caller, id);
  }

  /** One extension per message: asked by the assigned agency, decided by the office head. */
  async requestExtension(caller: StaffCaller, id: number, workdays: number, reason: string): Promise<StaffMessageView> {
    // One extension per message (message-transitions.ts refuses a second request).
    await this.act(caller, id, 'extend', async ({ messages }, message) => {
      await messages.addExtension({
        messageId: id,
        agencyId: caller.agencyId,
        requestedBy: caller.id,
        workdays,
        reason,
        status: 'pending',
        requestedAt: this.workflow.now(),
      });
      await this.workflow.note(messages, message, 'extension_requested', this.staffActor(caller), {
        agencyId: caller.agencyId,
        reason: `${workdays}个工作日：${reason}`,
      });
      return { action: AuditAction.ExtensionRequested, agencyId: caller.agencyId, reason };
    });
    return this.get(caller, id);
  }

  async decideExtension(caller: StaffCaller, id: number, approve: boolean, note?: string): Promise<StaffMessageView> {
    await this.act(caller, id, 'decide_extension', async ({ messages, calendar, outbox }, message) => {
      const pending = await messages.findPendingExtension(id);
      if (!pending) throw new DomainException(ErrorCode.MessageNoPendingExtension, '没有待审批的延期申请');
      await messages.decideExtension(pending.id, {
        status: approve ? 'approved' : 'rejected',
        decidedBy: caller.id,
        decidedAt: this.workflow.now(),
        decisionNote: note ?? null,
      });
      if (approve && message.status === 'assigned' && message.dueAt) {
        await this.workflow.transition(
          messages,
          message,
          'extend',
          { dueAt: (await this.workflow.freshDeadlines(calendar)).extend(message.dueAt, pending.workdays), reminderQueuedAt: null, overdueQueuedAt: null },
          this.staffActor(caller),
          {
            reason: `批准延期${pending.workdays}个工作日${note ? `：${note}` : ''}`,
          },
        );
      } else {
        await this.workflow.note(messages, message, approve ? 'extension_approved' : 'extension_rejected', this.staffActor(caller), { reason: note ?? null });
      }
      if (approve) await this.workflow.queueProgress(outbox, message, '已延期', `extension:${pending.id}`);
      return { action: AuditAction.ExtensionDecided, agencyId: message.assignedAgencyId, reason: approve ? 'approved' : 'rejected' };
    });
    return this.get(caller, id);
  }

  /** 重办: an answer rated 不满意 goes back to an agency (the same one unless the office names another). */
  async reopen(caller: StaffCaller, id: number, reason: string, agencyId?: number): Promise<StaffMessageView> {
    // Only an answer rated 不满意 is reopened (message-transitions.ts).
    await this.act(caller, id, 'reopen', async ({ messages, directory, calendar }, message) => {
      const target = agencyId ?? message.assignedAgencyId;
      if (!target) throw new DomainException(ErrorCode.ValidationFailed, '请选择重办单位', [{ field: 'agencyId', messages: ['请选择重办单位'] }]);
      await this.activeAgency(directory, target);
      await this.workflow.transition(
        messages,
        message,
        'reopen',
        {
          ...(await this.workflow.assignment(calendar, message, target, this.workflow.now())),
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
    await this.act(caller, id, 'hide', async ({ messages }, message) => {
      await this.workflow.transition(messages, message, 'hide', {}, this.staffActor(caller), { reason });
      return { action: AuditAction.MessageHidden, agencyId: message.assignedAgencyId, reason };
    });
    return this.get(caller, id);
  }

  /**
   * Runs one staff action in a transaction: finds the message as the caller may see it, checks the caller may take
   * this action on it (message-transitions.ts: 403 for a role or agency that may not, 409 for a state that forbids
   * it), then audits it.
   */
  private async act(
    caller: StaffCaller,
    id: number,
    action: StaffMessageAction,
    body: (tx: MessageTransaction, message: Message) => Promise<{ action: AuditAction; agencyId: number | null; reason?: string }>,
  ): Promise<void> {
    await this.store.transaction(async (tx) => {
      const message = await this.findVisible(tx.messages, caller, id);
      assertMay(caller, message, await tx.messages.extensions(id), action);
      const audit = await body(tx, message);
      await tx.audit.recordStaff(caller, {
        action: audit.action,
        objectType: 'message',
        objectId: id,
        agencyId: audit.agencyId,
        reason: audit.reason,
      });
    });
  }

  /** Agency roles see only messages now assigned to their agency; another agency's is 404 (docs/security.md §8). */
  private async findVisible(messages: MessageTransaction['messages'], caller: StaffCaller, id: number): Promise<Message> {
    const message = await messages.findVisible(id, agencyScopeOf(caller));
    if (!message) throw DomainException.notFound('留言');
    return message;
  }

  /** After a return the agency no longer sees the message: answer with what it last saw, now masked. */
  private async getAfterLosingAccess(caller: StaffCaller, id: number): Promise<StaffMessageView> {
    if (seesAllAgencies(caller)) return this.get(caller, id);
    const message = await this.store.repositories.messages.findById(id);
    if (!message) throw DomainException.notFound('留言');
    const now = this.workflow.now();
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
      interpretation: await this.store.repositories.directory.interpretationTitle(message.interpretationId),
      replies: [],
      events: [],
      extensions: [],
      allowedActions: [],
      images: [],
      canPublishImages: false,
    };
  }

  private async routeFor(tx: MessageTransaction, message: Message): Promise<{ agencyId: number; by: 'target' | 'rule'; reason: string } | null> {
    if (message.targetAgencyId) {
      const target = await tx.directory.findActiveAgency(message.targetAgencyId);
      if (target) return { agencyId: target.id, by: 'target', reason: '留言人指定' };
    }
    return this.router.routeByRules(tx.rules, message);
  }

  private async activeAgency(directory: MessageTransaction['directory'], agencyId: number): Promise<void> {
    const agency = await directory.findActiveAgency(agencyId);
    if (!agency) throw new DomainException(ErrorCode.ValidationFailed, '承办单位不存在或已停用', [{ field: 'agencyId', messages: ['承办单位不存在或已停用'] }]);
  }

  private staffActor(caller: StaffCaller) {
    return { actorType: 'staff' as const, actorId: caller.id };
  }
}

const isOffice = (caller: StaffCaller) => caller.roles.includes('office_staff') || caller.roles.includes('office_head');

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
