import { Inject, Injectable } from '@nestjs/common';
import {
  AuditAction,
  CreatePolicyDocumentRequest,
  ErrorCode,
  FieldError,
  Page,
  PolicyDocumentView,
  SaveInterpretationRequest,
  StaffInterpretationQuery,
  StaffInterpretationSummary,
  StaffInterpretationView,
} from '@weimin/contracts';
import { agencyScopeOf, StaffCaller } from '../auth/staff-principal';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { sanitizeRichText, textOf } from '../common/text/rich-text';
import { Segmenter } from '../common/text/segmenter';
import { type MediaSourceProblem, mediaSourceProblem } from '../settings/media-sources';
import type { TermCutter } from './interpretation-search';
import { allowedSteps, type ReviewAction, reviewQueueStatuses, reviewStep, Step } from './interpretation-transitions';
import type { Interpretation } from './interpretation.entity';
import { InterpretationRepositories, InterpretationStore, type InterpretationTransaction } from './interpretation.store';
import { toEventView, toPolicyDocumentView, toStaffSummary } from './interpretations.mapper';

type InterpretationRepository = InterpretationRepositories['interpretations'];

const AUDIT_OF: Record<ReviewAction, AuditAction> = {
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
    private readonly store: InterpretationStore,
    @Inject(Segmenter) private readonly segmenter: TermCutter,
    private readonly clock: Clock,
  ) {}

  // ── Policy documents ──────────────────────────────────────────────────────

  async listPolicyDocuments(): Promise<PolicyDocumentView[]> {
    return (await this.store.repositories.policyDocuments.list()).map(toPolicyDocumentView);
  }

  async createPolicyDocument(caller: StaffCaller, request: CreatePolicyDocumentRequest): Promise<PolicyDocumentView> {
    try {
      return await this.store.transaction(async ({ policyDocuments, audit }) => {
        const id = await policyDocuments.insert({ ...request, createdAt: this.clock.now() });
        await audit.recordStaff(caller, { action: AuditAction.PolicyDocumentCreated, objectType: 'policy_document', objectId: id });
        return toPolicyDocumentView((await policyDocuments.find(id))!);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.InterpretationDocNumberTaken, `文号「${request.docNumber}」已登记`);
      throw error;
    }
  }

  // ── Reading ───────────────────────────────────────────────────────────────

  async list(caller: StaffCaller, query: StaffInterpretationQuery): Promise<Page<StaffInterpretationSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.store.repositories.interpretations.page({
      scope: agencyScopeOf(caller),
      status: query.status,
      agencyId: query.agencyId,
      authorId: query.mine ? caller.id : undefined,
      stage: query.stage,
      title: query.q,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: await this.summaries(this.store.repositories.interpretations, items), total, page, pageSize };
  }

  /** The caller's review queue: the level(s) their roles review, their own agency's for 部门初审, never their own drafts. */
  async queue(caller: StaffCaller): Promise<StaffInterpretationSummary[]> {
    const statuses = reviewQueueStatuses(caller.roles);
    if (statuses.length === 0) return [];
    const rows = await this.store.repositories.interpretations.reviewQueue(statuses, caller.id, agencyScopeOf(caller));
    return this.summaries(this.store.repositories.interpretations, rows);
  }

  async get(caller: StaffCaller, id: number): Promise<StaffInterpretationView> {
    const interpretations = this.store.repositories.interpretations;
    const item = await this.findVisible(interpretations, caller, id);
    const [[summary], variants, relatedIds, events, document] = await Promise.all([
      this.summaries(interpretations, [item]),
      interpretations.variants(id),
      interpretations.relatedIds(id),
      interpretations.history(id),
      item.policyDocumentId ? this.store.repositories.policyDocuments.find(item.policyDocumentId) : null,
    ]);
    const names = await interpretations.staffNames(events.map((e) => e.actorId));
    return {
      ...summary,
      summary: item.summary,
      bodyHtml: item.bodyHtml,
      mediaUrl: item.mediaUrl,
      imageUrl: item.imageUrl,
      imageAlt: item.imageAlt,
      transcript: item.transcript,
      policyDocument: document ? toPolicyDocumentView(document) : null,
      relatedIds,
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
    const id = await this.store.transaction(async ({ interpretations, policyDocuments, mediaHosts, audit }) => {
      const content = await this.checkedContent({ interpretations, policyDocuments, mediaHosts }, request, { id: null, agencyId: caller.agencyId });
      const now = this.clock.now();
      const newId = await interpretations.insert({
        ...content.fields,
        agencyId: caller.agencyId,
        authorId: caller.id,
        status: 'draft',
        createdAt: now,
        updatedAt: now,
      });
      await interpretations.replaceParts(newId, content);
      const role = caller.roles.find((r) => r === 'agency_staff' || r === 'agency_head') ?? null;
      await interpretations.addEvent({
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
      await audit.recordStaff(caller, { action: AuditAction.InterpretationCreated, objectType: 'interpretation', objectId: newId });
      return newId;
    });
    return this.get(caller, id);
  }

  /** Rework a draft or a returned item (the whole content each time). */
  async update(caller: StaffCaller, id: number, request: SaveInterpretationRequest): Promise<StaffInterpretationView> {
    await this.act(caller, id, 'edit', null, async (repositories, item) => {
      const content = await this.checkedContent(repositories, request, item);
      await repositories.interpretations.replaceParts(id, content);
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
    await this.act(caller, id, 'approve', comment ?? null, async ({ interpretations, mediaHosts, audit }, item, step) => {
      if (step.to !== 'published') return {};
      // The allow-list may have changed since the draft was saved: what is published must still be on it.
      const errors = mediaSourceErrors(item, await mediaHosts.hosts());
      if (errors.length > 0) throw new DomainException(ErrorCode.ValidationFailed, `发布前请更换媒体地址：${errors[0].messages[0]}`, errors);
      await interpretations.index(this.segmenter, item);
      await audit.recordStaff(caller, {
        action: AuditAction.InterpretationPublished,
        objectType: 'interpretation',
        objectId: id,
        agencyId: item.agencyId,
      });
      return { publishedAt: this.clock.now(), withdrawnAt: null, withdrawReason: null };
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
    await this.act(caller, id, 'withdraw', reason, async ({ interpretations }) => {
      await interpretations.unindex(id);
      return { withdrawnAt: this.clock.now(), withdrawReason: reason };
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
    action: ReviewAction,
    comment: string | null,
    body: (repositories: InterpretationTransaction, item: Interpretation, step: Step) => Promise<Partial<Interpretation>>,
  ): Promise<void> {
    await this.store.transaction(async (repositories) => {
      const { interpretations, audit } = repositories;
      const item = await this.findVisible(interpretations, caller, id);
      const step = reviewStep(action, item, caller);
      const changes = await body(repositories, item, step);
      const now = this.clock.now();
      if (!(await interpretations.updateIfUnchanged(item, { ...changes, status: step.to, updatedAt: now })))
        throw new DomainException(ErrorCode.InterpretationChangedMeanwhile, '解读刚被他人处理过，请刷新后再试');
      await interpretations.addEvent({
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
      await audit.recordStaff(caller, {
        action: AUDIT_OF[action],
        objectType: 'interpretation',
        objectId: id,
        agencyId: item.agencyId,
        reason: action === 'return' || action === 'withdraw' ? (comment ?? undefined) : undefined,
      });
    });
  }

  /** Agency roles see only their own agency's items; another agency's is 404 (docs/security.md §8). */
  private async findVisible(interpretations: InterpretationRepository, caller: StaffCaller, id: number): Promise<Interpretation> {
    const item = await interpretations.findForAgency(id, agencyScopeOf(caller));
    if (!item) throw DomainException.notFound('解读');
    return item;
  }

  /** Sanitises and checks what a drafter sent for an item (`owner`: its id, null when new, and drafting agency); every problem is a 400 naming its field. */
  private async checkedContent(
    { interpretations, policyDocuments, mediaHosts }: Pick<InterpretationRepositories, 'interpretations' | 'policyDocuments' | 'mediaHosts'>,
    request: SaveInterpretationRequest,
    owner: { id: number | null; agencyId: number },
  ) {
    const errors: FieldError[] = [];
    const fail = (field: string, message: string) => errors.push({ field, messages: [message] });
    const bodyHtml = sanitizeRichText(request.bodyHtml);
    if (!textOf(bodyHtml)) fail('bodyHtml', '解读正文不能为空');
    if (Buffer.byteLength(bodyHtml) > STORED_BODY_BYTES_MAX) fail('bodyHtml', '解读正文过长');
    const mediaUrl = request.mediaUrl || null;
    const imageUrl = request.imageUrl || null;
    const imageAlt = request.imageAlt?.trim() || null;
    const transcript = request.transcript?.trim() || null;
    if (request.format === 'graphic' && !imageUrl) fail('imageUrl', '图解须提供图片地址');
    if (request.format === 'video' && !mediaUrl) fail('mediaUrl', '视频解读须提供视频地址');
    if (request.format === 'animation' && !mediaUrl && !imageUrl) fail('mediaUrl', '动漫解读须提供媒体地址或图片');
    // A picture says something only a reader who sees it gets: its text alternative is required with it.
    if (imageUrl && !imageAlt) fail('imageAlt', '请填写图片的文字说明（供读屏软件朗读）');
    errors.push(...mediaSourceErrors({ mediaUrl, imageUrl }, await mediaHosts.hosts()));
    const policyDocumentId = request.policyDocumentId ?? null;
    if (policyDocumentId && !(await policyDocuments.exists(policyDocumentId))) fail('policyDocumentId', '政策文件不存在');
    const relatedIds = request.relatedIds ?? [];
    if (owner.id !== null && relatedIds.includes(owner.id)) fail('relatedIds', '不能关联自身');
    if (relatedIds.length > 0 && (await interpretations.linkableCount(relatedIds, owner.agencyId)) !== relatedIds.length)
      fail('relatedIds', '关联的解读不存在');
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
      fields: { title: request.title, summary: request.summary, bodyHtml, format: request.format, mediaUrl, imageUrl, imageAlt, transcript, policyDocumentId },
      stages: request.stages,
      relatedIds,
      variants,
    };
  }

  private async summaries(interpretations: InterpretationRepository, rows: Interpretation[]): Promise<StaffInterpretationSummary[]> {
    const [stages, agencies, authors] = await Promise.all([
      interpretations.stagesOf(rows.map((r) => r.id)),
      interpretations.agencyNames(rows.map((r) => r.agencyId)),
      interpretations.staffNames(rows.map((r) => r.authorId)),
    ]);
    return rows.map((r) => toStaffSummary(r, stages.get(r.id) ?? [], agencies.get(r.agencyId) ?? '', r.authorId ? (authors.get(r.authorId) ?? null) : null));
  }
}

const SOURCE_MESSAGES: Record<MediaSourceProblem, string> = {
  not_https: '须为 https 地址',
  host_not_allowed: '所在网站不在媒体来源白名单中（系统设置 › 媒体来源）',
};

/** The video must be https on an allowed host; a picture may also be a path this server serves. */
function mediaSourceErrors(urls: { mediaUrl: string | null; imageUrl: string | null }, hosts: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  const media = urls.mediaUrl ? mediaSourceProblem(urls.mediaUrl, hosts, false) : null;
  if (media) errors.push({ field: 'mediaUrl', messages: [`视频地址${SOURCE_MESSAGES[media]}`] });
  const image = urls.imageUrl ? mediaSourceProblem(urls.imageUrl, hosts, true) : null;
  if (image) errors.push({ field: 'imageUrl', messages: [`图片地址${SOURCE_MESSAGES[image]}`] });
  return errors;
}
