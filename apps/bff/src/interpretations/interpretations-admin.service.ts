import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditAction,
  CreatePolicyDocumentRequest,
  ErrorCode,
  FieldError,
  InterpretationAction,
  Page,
  PolicyDocumentView,
  SaveInterpretationRequest,
  StaffInterpretationQuery,
  StaffInterpretationSummary,
  StaffInterpretationView,
} from '@weimin/contracts';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { agencyScopeOf, StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { sanitizeRichText, textOf } from '../common/text/rich-text';
import { Segmenter } from '../common/text/segmenter';
import { containsText } from '../database/like';
import { StaffAccount } from '../staff/staff-account.entity';
import { InterpretationEvent } from './interpretation-event.entity';
import { indexInterpretation, stagesOf, unindexInterpretation } from './interpretation-index';
import { InterpretationRelation } from './interpretation-relation.entity';
import { InterpretationStage } from './interpretation-stage.entity';
import { allowedSteps, reviewQueueStatuses, reviewStep, Step } from './interpretation-transitions';
import { InterpretationVariant } from './interpretation-variant.entity';
import { Interpretation } from './interpretation.entity';
import { toEventView, toPolicyDocumentView, toStaffSummary } from './interpretations.mapper';
import { PolicyDocument } from './policy-document.entity';

const AUDIT_OF: Record<Exclude<InterpretationAction, 'create'>, AuditAction> = {
  edit: AuditAction.InterpretationEdited,
  submit: AuditAction.InterpretationSubmitted,
  approve: AuditAction.InterpretationApproved,
  return: AuditAction.InterpretationReturned,
  withdraw: AuditAction.InterpretationWithdrawn,
};

/** A body as stored (escaped entities can make it longer than typed) must fit MySQL's TEXT column (65,535 bytes). */
const STORED_BODY_BYTES_MAX = 65_000;

/** Interpretations in the console: departments draft, three levels review, the office withdraws (docs/domain.md §1). */
@Injectable()
export class InterpretationsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segmenter: Segmenter,
    private readonly audit: AuditService,
  ) {}

  // ── Policy documents ──────────────────────────────────────────────────────

  async listPolicyDocuments(): Promise<PolicyDocumentView[]> {
    const rows = await this.dataSource.getRepository(PolicyDocument).find({ order: { issuedOn: 'DESC', id: 'DESC' } });
    return rows.map(toPolicyDocumentView);
  }

  async createPolicyDocument(caller: StaffCaller, request: CreatePolicyDocumentRequest): Promise<PolicyDocumentView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { identifiers } = await manager.insert(PolicyDocument, { ...request, createdAt: new Date() });
        const id = identifiers[0].id as number;
        await this.audit.recordStaff(manager, caller, { action: AuditAction.PolicyDocumentCreated, objectType: 'policy_document', objectId: id });
        return toPolicyDocumentView(await manager.findOneByOrFail(PolicyDocument, { id }));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, `文号「${request.docNumber}」已登记`);
      throw error;
    }
  }

  // ── Reading ───────────────────────────────────────────────────────────────

  async list(caller: StaffCaller, query: StaffInterpretationQuery): Promise<Page<StaffInterpretationSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const builder = this.dataSource.getRepository(Interpretation).createQueryBuilder('item');
    const scope = agencyScopeOf(caller);
    if (scope !== undefined) builder.andWhere('item.agencyId = :scope', { scope });
    if (query.status) builder.andWhere('item.status = :status', { status: query.status });
    if (query.agencyId) builder.andWhere('item.agencyId = :agencyId', { agencyId: query.agencyId });
    if (query.mine) builder.andWhere('item.authorId = :me', { me: caller.id });
    if (query.stage) builder.andWhere('item.id IN (SELECT s.interpretationId FROM interpretation_stage s WHERE s.stage = :stage)', { stage: query.stage });
    if (query.q) builder.andWhere(...containsText('item.title', 'q', query.q));
    const [rows, total] = await builder
      .orderBy('item.updatedAt', 'DESC')
      .addOrderBy('item.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.summaries(this.dataSource.manager, rows), total, page, pageSize };
  }

  /** The caller's review queue: the level(s) their roles review, their own agency's for 部门初审, never their own drafts. */
  async queue(caller: StaffCaller): Promise<StaffInterpretationSummary[]> {
    const statuses = reviewQueueStatuses(caller.roles);
    if (statuses.length === 0) return [];
    const builder = this.dataSource
      .getRepository(Interpretation)
      .createQueryBuilder('item')
      .where('item.status IN (:...statuses)', { statuses })
      .andWhere(new Brackets((w) => w.where('item.authorId IS NULL').orWhere('item.authorId <> :me', { me: caller.id })));
    const scope = agencyScopeOf(caller);
    if (scope !== undefined) builder.andWhere('item.agencyId = :scope', { scope });
    const rows = await builder.orderBy('item.updatedAt', 'ASC').addOrderBy('item.id', 'ASC').take(200).getMany();
    return this.summaries(this.dataSource.manager, rows);
  }

  async get(caller: StaffCaller, id: number): Promise<StaffInterpretationView> {
    const manager = this.dataSource.manager;
    const item = await this.findVisible(manager, caller, id);
    const [[summary], variants, relations, events, document] = await Promise.all([
      this.summaries(manager, [item]),
      manager.find(InterpretationVariant, { where: { interpretationId: id }, order: { language: 'ASC' } }),
      manager.find(InterpretationRelation, { where: { interpretationId: id }, order: { relatedId: 'ASC' } }),
      manager.find(InterpretationEvent, { where: { interpretationId: id }, order: { id: 'ASC' } }),
      item.policyDocumentId ? manager.findOneBy(PolicyDocument, { id: item.policyDocumentId }) : null,
    ]);
    const names = await this.staffNames(
      manager,
      events.map((e) => e.actorId),
    );
    return {
      ...summary,
      summary: item.summary,
      bodyHtml: item.bodyHtml,
      mediaUrl: item.mediaUrl,
      imageUrl: item.imageUrl,
      policyDocument: document ? toPolicyDocumentView(document) : null,
      relatedIds: relations.map((r) => r.relatedId),
      variants: variants.map((v) => ({ language: v.language, title: v.title, summary: v.summary, bodyHtml: v.bodyHtml })),
      views: item.viewCount,
      helpful: item.helpfulCount,
      unhelpful: item.unhelpfulCount,
      withdrawReason: item.withdrawReason,
      events: events.map((e) => toEventView(e, e.actorId ? (names.get(e.actorId) ?? null) : null)),
      allowedActions: allowedSteps(item, caller),
    };
  }

  // ── Drafting ──────────────────────────────────────────────────────────────

  /** A new draft of the caller's agency; the caller is its drafter. */
  async create(caller: StaffCaller, request: SaveInterpretationRequest): Promise<StaffInterpretationView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const content = await this.checkedContent(manager, request, { id: null, agencyId: caller.agencyId });
      const now = new Date();
      const { identifiers } = await manager.insert(Interpretation, {
        ...content.fields,
        agencyId: caller.agencyId,
        authorId: caller.id,
        status: 'draft',
        createdAt: now,
        updatedAt: now,
      });
      const newId = identifiers[0].id as number;
      await this.writeParts(manager, newId, content);
      const role = caller.roles.find((r) => r === 'agency_staff' || r === 'agency_head') ?? null;
      await manager.insert(InterpretationEvent, {
        interpretationId: newId,
        at: now,
        action: 'create',
        level: null,
        actorId: caller.id,
        actorRole: role,
        fromStatus: null,
        toStatus: 'draft',
        comment: null,
      });
      await this.audit.recordStaff(manager, caller, { action: AuditAction.InterpretationCreated, objectType: 'interpretation', objectId: newId });
      return newId;
    });
    return this.get(caller, id);
  }

  /** Rework a draft or a returned item (the whole content each time). */
  async update(caller: StaffCaller, id: number, request: SaveInterpretationRequest): Promise<StaffInterpretationView> {
    await this.act(caller, id, 'edit', null, async (manager, item) => {
      const content = await this.checkedContent(manager, request, item);
      await this.writeParts(manager, id, content);
      return content.fields;
    });
    return this.get(caller, id);
  }

  async submit(caller: StaffCaller, id: number): Promise<StaffInterpretationView> {
    await this.act(caller, id, 'submit', null, async () => ({}));
    return this.get(caller, id);
  }

  /** Approve at the item's current level; the third approval publishes it and puts it into search. */
  async approve(caller: StaffCaller, id: number, comment?: string): Promise<StaffInterpretationView> {
    await this.act(caller, id, 'approve', comment ?? null, async (manager, item, step) => {
      if (step.to !== 'published') return {};
      await indexInterpretation(manager, this.segmenter, item);
      await this.audit.recordStaff(manager, caller, {
        action: AuditAction.InterpretationPublished,
        objectType: 'interpretation',
        objectId: id,
        agencyId: item.agencyId,
      });
      return { publishedAt: new Date(), withdrawnAt: null, withdrawReason: null };
    });
    return this.get(caller, id);
  }

  /** 退回重新解读: back to the drafter with what to rework. */
  async return(caller: StaffCaller, id: number, comment: string): Promise<StaffInterpretationView> {
    await this.act(caller, id, 'return', comment, async () => ({}));
    return this.get(caller, id);
  }

  /** The office takes a published item off the mini-program and out of search, with a reason. */
  async withdraw(caller: StaffCaller, id: number, reason: string): Promise<StaffInterpretationView> {
    await this.act(caller, id, 'withdraw', reason, async (manager) => {
      await unindexInterpretation(manager, id);
      return { withdrawnAt: new Date(), withdrawReason: reason };
    });
    return this.get(caller, id);
  }

  /**
   * One step in a transaction: finds the item as the caller may see it (404 otherwise), checks the step (409 from
   * the wrong state, 403 for the wrong person, including the author approving their own), applies the change only if
   * nobody moved the item meanwhile, and writes the history row and the audit row with it.
   */
  private async act(
    caller: StaffCaller,
    id: number,
    action: Exclude<InterpretationAction, 'create'>,
    comment: string | null,
    body: (manager: EntityManager, item: Interpretation, step: Step) => Promise<Partial<Interpretation>>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await this.findVisible(manager, caller, id);
      const step = reviewStep(action, item, caller);
      const changes = await body(manager, item, step);
      const now = new Date();
      const result = await manager
        .createQueryBuilder()
        .update(Interpretation)
        .set({ ...changes, status: step.to, updatedAt: now })
        .where('id = :id AND version = :version', { id, version: item.version })
        .execute();
      if (result.affected !== 1) throw new DomainException(ErrorCode.Conflict, '解读刚被他人处理过，请刷新后再试');
      await manager.insert(InterpretationEvent, {
        interpretationId: id,
        at: now,
        action,
        level: step.level,
        actorId: caller.id,
        actorRole: step.role,
        fromStatus: item.status,
        toStatus: step.to,
        comment,
      });
      await this.audit.recordStaff(manager, caller, {
        action: AUDIT_OF[action],
        objectType: 'interpretation',
        objectId: id,
        agencyId: item.agencyId,
        reason: action === 'return' || action === 'withdraw' ? (comment ?? undefined) : undefined,
      });
    });
  }

  /** Agency roles see only their own agency's items; another agency's is 404 (docs/security.md §8). */
  private async findVisible(manager: EntityManager, caller: StaffCaller, id: number): Promise<Interpretation> {
    const scope = agencyScopeOf(caller);
    const item = await manager.findOne(Interpretation, { where: { id, ...(scope !== undefined && { agencyId: scope }) } });
    if (!item) throw DomainException.notFound('解读');
    return item;
  }

  /** Sanitises and checks what a drafter sent for an item (`owner`: its id, null when new, and drafting agency); every problem is a 400 naming its field. */
  private async checkedContent(manager: EntityManager, request: SaveInterpretationRequest, owner: { id: number | null; agencyId: number }) {
    const errors: FieldError[] = [];
    const fail = (field: string, message: string) => errors.push({ field, messages: [message] });
    const bodyHtml = sanitizeRichText(request.bodyHtml);
    if (!textOf(bodyHtml)) fail('bodyHtml', '解读正文不能为空');
    if (Buffer.byteLength(bodyHtml) > STORED_BODY_BYTES_MAX) fail('bodyHtml', '解读正文过长');
    const mediaUrl = request.mediaUrl || null;
    const imageUrl = request.imageUrl || null;
    if (request.format !== 'text' && !mediaUrl && !imageUrl) fail('mediaUrl', '图解、动漫、视频解读须提供媒体地址或图片');
    const policyDocumentId = request.policyDocumentId ?? null;
    if (policyDocumentId && !(await manager.existsBy(PolicyDocument, { id: policyDocumentId }))) fail('policyDocumentId', '政策文件不存在');
    const relatedIds = request.relatedIds ?? [];
    if (owner.id !== null && relatedIds.includes(owner.id)) fail('relatedIds', '不能关联自身');
    if (relatedIds.length > 0 && (await this.linkableCount(manager, relatedIds, owner.agencyId)) !== relatedIds.length) fail('relatedIds', '关联的解读不存在');
    const variants = (request.variants ?? []).map((v) => ({
      language: v.language,
      title: v.title,
      summary: v.summary,
      bodyHtml: sanitizeRichText(v.bodyHtml),
    }));
    if (new Set(variants.map((v) => v.language)).size !== variants.length) fail('variants', '每种语言只能有一个版本');
    if (variants.some((v) => !textOf(v.bodyHtml))) fail('variants', '语言版本的正文不能为空');
    if (variants.some((v) => Buffer.byteLength(v.bodyHtml) > STORED_BODY_BYTES_MAX)) fail('variants', '语言版本的正文过长');
    if (errors.length > 0) throw new DomainException(ErrorCode.ValidationFailed, errors[0].messages[0], errors);
    return {
      fields: { title: request.title, summary: request.summary, bodyHtml, format: request.format, mediaUrl, imageUrl, policyDocumentId },
      stages: request.stages,
      relatedIds,
      variants,
    };
  }

  /**
   * How many of `ids` an item of `agencyId` may link to: published items and the agency's own (docs/security.md §8).
   * Another agency's draft counts as missing, so the answer does not tell that it exists.
   */
  private linkableCount(manager: EntityManager, ids: number[], agencyId: number): Promise<number> {
    return manager
      .createQueryBuilder(Interpretation, 'item')
      .where('item.id IN (:...ids)', { ids })
      .andWhere(
        new Brackets((visible) => visible.where('item.status = :published', { published: 'published' }).orWhere('item.agencyId = :agencyId', { agencyId })),
      )
      .getCount();
  }

  private async writeParts(manager: EntityManager, id: number, content: Awaited<ReturnType<InterpretationsAdminService['checkedContent']>>): Promise<void> {
    await manager.delete(InterpretationStage, { interpretationId: id });
    await manager.insert(
      InterpretationStage,
      content.stages.map((stage) => ({ interpretationId: id, stage })),
    );
    await manager.delete(InterpretationRelation, { interpretationId: id });
    if (content.relatedIds.length > 0)
      await manager.insert(
        InterpretationRelation,
        content.relatedIds.map((relatedId) => ({ interpretationId: id, relatedId })),
      );
    await manager.delete(InterpretationVariant, { interpretationId: id });
    if (content.variants.length > 0)
      await manager.insert(
        InterpretationVariant,
        content.variants.map((v) => ({ ...v, interpretationId: id })),
      );
  }

  private async summaries(manager: EntityManager, rows: Interpretation[]): Promise<StaffInterpretationSummary[]> {
    const ids = rows.map((r) => r.id);
    const [stages, agencies, authors] = await Promise.all([
      stagesOf(manager, ids),
      this.agencyNames(
        manager,
        rows.map((r) => r.agencyId),
      ),
      this.staffNames(
        manager,
        rows.map((r) => r.authorId),
      ),
    ]);
    return rows.map((r) => toStaffSummary(r, stages.get(r.id) ?? [], agencies.get(r.agencyId) ?? '', r.authorId ? (authors.get(r.authorId) ?? null) : null));
  }

  private async agencyNames(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    return new Map((await manager.find(Agency, { where: { id: In(wanted) }, select: { id: true, name: true } })).map((a) => [a.id, a.name]));
  }

  private async staffNames(manager: EntityManager, ids: Array<number | null>): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    return new Map(
      (await manager.find(StaffAccount, { where: { id: In(wanted) }, select: { id: true, displayName: true } })).map((s) => [s.id, s.displayName]),
    );
  }
}
