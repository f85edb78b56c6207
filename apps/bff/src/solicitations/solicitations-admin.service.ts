import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  AuditAction,
  ErrorCode,
  type FieldError,
  type HeldOpinionView,
  type MarkOpinionRequest,
  type OverdueSolicitationView,
  type Page,
  SOLICITATION_PERIOD_DAYS_DEFAULT,
  type SaveSolicitationFeedbackRequest,
  type SaveSolicitationRequest,
  type SolicitationStatus,
  type StaffOpinionView,
  type StaffSolicitationQuery,
  type StaffSolicitationSummary,
  type StaffSolicitationView,
} from '@weimin/contracts';
import { agencyScopeOf, type StaffCaller } from '../auth/staff-principal';
import { CalendarService } from '../calendar/calendar.service';
import { chinaDay } from '../calendar/working-days';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { ContactCipher } from '../common/privacy/contact-cipher';
import { sanitizeRichText, textOf } from '../common/text/rich-text';
import type { AppConfig } from '../config/configuration';
import { mediaSourceProblem } from '../settings/media-sources';
import { feedbackDueOn, isFeedbackOverdue } from './solicitation-deadlines';
import {
  adoptionCounts,
  allowedSolicitationSteps,
  effectiveStatus,
  type SolicitationItem,
  type SolicitationStep,
  solicitationQueueStatuses,
  solicitationStep,
  type StaffSolicitationAction,
} from './solicitation-transitions';
import type { Solicitation } from './solicitation.entity';
import { SolicitationStore, type SolicitationTransaction } from './solicitation.store';
import { questionsOf, toEventView, toStaffOpinion, toStaffSummary } from './solicitations.mapper';

const AUDIT_OF: Record<StaffSolicitationAction, AuditAction> = {
  edit: AuditAction.SolicitationEdited,
  submit: AuditAction.SolicitationSubmitted,
  approve: AuditAction.SolicitationApproved,
  return: AuditAction.SolicitationReturned,
  mark: AuditAction.SolicitationOpinionMarked,
  release_opinion: AuditAction.SolicitationOpinionReleased,
  save_feedback: AuditAction.SolicitationFeedbackSaved,
  submit_feedback: AuditAction.SolicitationFeedbackSubmitted,
  approve_feedback: AuditAction.SolicitationFeedbackApproved,
  return_feedback: AuditAction.SolicitationFeedbackReturned,
};

/** A body as stored must fit MySQL's TEXT column (65,535 bytes). */
const STORED_BODY_BYTES_MAX = 65_000;
const DAY_MS = 86_400_000;

/** Solicitations in the console: the agency drafts, marks and writes feedback; its head and the office review (docs/domain.md §6). */
@Injectable()
export class SolicitationsAdminService {
  private readonly cipher: ContactCipher;

  constructor(
    private readonly store: SolicitationStore,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.cipher = new ContactCipher(config.get('citizens.contactKey', { infer: true }));
  }

  // ── Reading ───────────────────────────────────────────────────────────────

  async list(caller: StaffCaller, query: StaffSolicitationQuery): Promise<Page<StaffSolicitationSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.store.repositories.solicitations.page({
      scope: agencyScopeOf(caller),
      status: query.status,
      agencyId: query.agencyId,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: await this.summaries(items), total, page, pageSize };
  }

  /** The caller's review queue: level 1 their own agency's, level 2 every agency's; the solicitation's and the feedback's. */
  async queue(caller: StaffCaller): Promise<StaffSolicitationSummary[]> {
    const statuses = solicitationQueueStatuses(caller.roles);
    if (statuses.length === 0) return [];
    const agencyLevel: SolicitationStatus[] = ['pending_agency_head', 'feedback_pending_agency_head'];
    const feedbackLevels: SolicitationStatus[] = ['feedback_pending_agency_head', 'feedback_pending_office'];
    const rows = await this.store.repositories.solicitations.reviewQueue(statuses, agencyScopeOf(caller));
    // Level 1 only for the caller's own agency (an office reviewer may also head one), and never what the caller wrote.
    const mine = rows.filter(
      (row) =>
        (!agencyLevel.includes(row.status) || row.agencyId === caller.agencyId) &&
        (feedbackLevels.includes(row.status) ? row.feedbackAuthorId : row.authorId) !== caller.id,
    );
    return this.summaries(mine);
  }

  async get(caller: StaffCaller, id: number): Promise<StaffSolicitationView> {
    const { solicitations } = this.store.repositories;
    const item = await this.findVisible(caller, id);
    const now = this.clock.now();
    const status = effectiveStatus(item, now);
    const [[summary], events, marks, held] = await Promise.all([
      this.summaries([item]),
      solicitations.history(id),
      solicitations.marksOf([id]),
      solicitations.countHeld(id),
    ]);
    const names = await solicitations.staffNames(events.map((e) => e.actorId));
    const counts = adoptionCounts(marks.get(id) ?? []);
    return {
      ...summary,
      summary: item.summary,
      bodyHtml: item.bodyHtml,
      questions: questionsOf(item),
      shortPeriodReason: item.shortPeriodReason,
      attachmentUrl: item.attachmentUrl,
      attachmentName: item.attachmentName,
      feedbackHtml: item.feedbackHtml,
      feedbackAuthorId: item.feedbackAuthorId,
      counts,
      events: events.map((e) => toEventView(e, e.actorId ? (names.get(e.actorId) ?? null) : null)),
      allowedActions: allowedSolicitationSteps(this.ruleItem(item, status, counts.opinions - counts.marked, held), caller),
    };
  }

  /** The opinions, names masked; held ones (msgSecCheck said review) included, so every one can be marked. */
  async opinions(caller: StaffCaller, id: number): Promise<StaffOpinionView[]> {
    await this.findVisible(caller, id);
    const rows = await this.store.repositories.solicitations.opinions(id);
    return rows.map((row) => toStaffOpinion(row, this.cipher.decrypt(row.contactNameEncrypted)));
  }

  /**
   * 待审核意见: opinions moderation held (msgSecCheck said review), every solicitation's, oldest first; the office
   * releases them (放行) here or on the solicitation's page. An agency role would get its own agency's.
   */
  async heldOpinions(caller: StaffCaller): Promise<HeldOpinionView[]> {
    const { solicitations } = this.store.repositories;
    const rows = await solicitations.held(agencyScopeOf(caller));
    const agencies = await solicitations.agencyNames(rows.map(({ solicitation }) => solicitation.agencyId));
    return rows.map(({ opinion, solicitation }) => ({
      ...toStaffOpinion(opinion, this.cipher.decrypt(opinion.contactNameEncrypted)),
      solicitationId: solicitation.id,
      solicitationTitle: solicitation.title,
      agencyName: agencies.get(solicitation.agencyId) ?? '',
    }));
  }

  /**
   * 督办: closed solicitations without published feedback SOLICITATION_FEEDBACK_WORKDAYS working days after closing,
   * longest overdue first. The office sees every agency's; an agency role its own.
   */
  async overdue(caller: StaffCaller): Promise<OverdueSolicitationView[]> {
    const now = this.clock.now();
    const rows = await this.store.repositories.solicitations.awaitingFeedback(now, agencyScopeOf(caller));
    const calendar = await this.calendar.fresh();
    const today = chinaDay(now);
    const late = rows.map((row) => ({ row, dueOn: feedbackDueOn(calendar, row.closesAt!) })).filter(({ dueOn }) => isFeedbackOverdue(today, dueOn));
    const { solicitations } = this.store.repositories;
    const [agencies, marks] = await Promise.all([
      solicitations.agencyNames(late.map(({ row }) => row.agencyId)),
      solicitations.marksOf(late.map(({ row }) => row.id)),
    ]);
    return late.map(({ row, dueOn }) => {
      const rowMarks = marks.get(row.id) ?? [];
      return {
        id: row.id,
        title: row.title,
        agencyId: row.agencyId,
        agencyName: agencies.get(row.agencyId) ?? '',
        status: effectiveStatus(row, now),
        closesAt: row.closesAt!.toISOString(),
        feedbackDueOn: dueOn,
        opinionCount: rowMarks.length,
        unmarked: rowMarks.filter((mark) => mark === null).length,
      };
    });
  }

  // ── Drafting ──────────────────────────────────────────────────────────────

  async create(caller: StaffCaller, request: SaveSolicitationRequest): Promise<StaffSolicitationView> {
    const role = caller.roles.find((r) => r === 'agency_staff' || r === 'agency_head') ?? null;
    const id = await this.store.transaction(async ({ solicitations, mediaHosts, audit }) => {
      const fields = checkedContent(request, await mediaHosts.hosts());
      const now = this.clock.now();
      const newId = await solicitations.insert({
        ...fields,
        agencyId: caller.agencyId,
        authorId: caller.id,
        status: 'draft',
        opensAt: null,
        closesAt: null,
        feedbackHtml: null,
        feedbackAuthorId: null,
        feedbackPublishedAt: null,
        overdueRemindedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await solicitations.addEvent({
        solicitationId: newId,
        at: now,
        action: 'create',
        level: null,
        actorId: caller.id,
        actorRole: role,
        fromStatus: null,
        toStatus: 'draft',
        opinionId: null,
        comment: null,
      });
      await audit.recordStaff(caller, { action: AuditAction.SolicitationCreated, objectType: 'solicitation', objectId: newId });
      return newId;
    });
    return this.get(caller, id);
  }

  async update(caller: StaffCaller, id: number, request: SaveSolicitationRequest): Promise<StaffSolicitationView> {
    await this.act(caller, id, 'edit', null, async ({ mediaHosts }) => checkedContent(request, await mediaHosts.hosts()));
    return this.get(caller, id);
  }

  async submit(caller: StaffCaller, id: number): Promise<StaffSolicitationView> {
    await this.act(caller, id, 'submit', null, async () => ({}));
    return this.get(caller, id);
  }

  /** The office's approval publishes it: open from now for its period. */
  async approve(caller: StaffCaller, id: number, comment?: string): Promise<StaffSolicitationView> {
    await this.act(caller, id, 'approve', comment ?? null, async ({ audit }, item, step) => {
      if (step.to !== 'open') return {};
      const now = this.clock.now();
      await audit.recordStaff(caller, { action: AuditAction.SolicitationOpened, objectType: 'solicitation', objectId: id, agencyId: item.agencyId });
      return { opensAt: now, closesAt: new Date(now.getTime() + item.periodDays * DAY_MS) };
    });
    return this.get(caller, id);
  }

  async return(caller: StaffCaller, id: number, comment: string): Promise<StaffSolicitationView> {
    await this.act(caller, id, 'return', comment, async () => ({}));
    return this.get(caller, id);
  }

  // ── After the period ──────────────────────────────────────────────────────

  /** 采纳 / 部分采纳 / 未采纳 with a reason; may be changed until the feedback goes to review. */
  async markOpinion(caller: StaffCaller, id: number, opinionId: number, request: MarkOpinionRequest): Promise<StaffOpinionView> {
    await this.act(
      caller,
      id,
      'mark',
      request.reason,
      async ({ solicitations }) => {
        const opinion = await solicitations.findOpinion(id, opinionId);
        if (!opinion) throw DomainException.notFound('意见');
        await solicitations.markOpinion(opinionId, {
          adoption: request.adoption,
          adoptionReason: request.reason,
          markedAt: this.clock.now(),
          markedBy: caller.id,
        });
        return {};
      },
      opinionId,
    );
    return this.opinionView(id, opinionId);
  }

  /**
   * 放行: the office lets an opinion moderation held be shown, as it releases a held message; only a held one (409
   * otherwise). It then appears on the public page if the citizen allowed it, masked and scrubbed like the others.
   */
  async releaseOpinion(caller: StaffCaller, opinionId: number): Promise<StaffOpinionView> {
    const found = await this.store.repositories.solicitations.findOpinionById(opinionId);
    if (!found) throw DomainException.notFound('意见');
    const id = found.solicitationId;
    await this.act(
      caller,
      id,
      'release_opinion',
      null,
      async ({ solicitations }) => {
        if (!(await solicitations.releaseOpinion(opinionId))) throw new DomainException(ErrorCode.OpinionNotHeld, '该意见不在待审核状态，无需放行');
        return {};
      },
      opinionId,
    );
    return this.opinionView(id, opinionId);
  }

  /** 采纳情况反馈: the whole text each time; the writer is its author (who may not approve it). */
  async saveFeedback(caller: StaffCaller, id: number, request: SaveSolicitationFeedbackRequest): Promise<StaffSolicitationView> {
    const feedbackHtml = sanitizeRichText(request.feedbackHtml);
    const errors: FieldError[] = [];
    if (!textOf(feedbackHtml)) errors.push({ field: 'feedbackHtml', messages: ['采纳情况反馈不能为空'] });
    if (Buffer.byteLength(feedbackHtml) > STORED_BODY_BYTES_MAX) errors.push({ field: 'feedbackHtml', messages: ['采纳情况反馈过长'] });
    if (errors.length > 0) throw new DomainException(ErrorCode.ValidationFailed, errors[0].messages[0], errors);
    await this.act(caller, id, 'save_feedback', null, async () => ({ feedbackHtml, feedbackAuthorId: caller.id }));
    return this.get(caller, id);
  }

  async submitFeedback(caller: StaffCaller, id: number): Promise<StaffSolicitationView> {
    await this.act(caller, id, 'submit_feedback', null, async () => ({}));
    return this.get(caller, id);
  }

  /**
   * The office's approval publishes the feedback with the solicitation, and queues one 办理进度 notice to each citizen
   * who sent an opinion; the outbox sends it only to those holding a grant for the template (订阅).
   */
  async approveFeedback(caller: StaffCaller, id: number, comment?: string): Promise<StaffSolicitationView> {
    await this.act(caller, id, 'approve_feedback', comment ?? null, async ({ solicitations, outbox, audit }, item, step) => {
      if (step.to !== 'feedback_published') return {};
      const now = this.clock.now();
      const citizens = await solicitations.citizenIdsOf(id);
      await outbox.enqueueEach(
        'citizen_progress',
        citizens.map((citizenId) => ({
          dedupeKey: `solicitation-feedback:${id}:${citizenId}`,
          recipientId: citizenId,
          payload: { caseNo: solicitationCaseNo(id), status: '已反馈', page: `packages/participation/pages/solicitation/index?id=${id}` },
        })),
        now,
      );
      await audit.recordStaff(caller, { action: AuditAction.SolicitationFeedbackPublished, objectType: 'solicitation', objectId: id, agencyId: item.agencyId });
      return { feedbackPublishedAt: now };
    });
    return this.get(caller, id);
  }

  async returnFeedback(caller: StaffCaller, id: number, comment: string): Promise<StaffSolicitationView> {
    await this.act(caller, id, 'return_feedback', comment, async () => ({}));
    return this.get(caller, id);
  }

  /**
   * One step in a transaction: finds the item as the caller may see it (404 otherwise), stores the close first if its
   * period ran out, checks the step (409 wrong state, 403 wrong person), applies the change only if nobody moved the
   * item meanwhile, and writes the history row and the audit row with it.
   */
  private async act(
    caller: StaffCaller,
    id: number,
    action: StaffSolicitationAction,
    comment: string | null,
    body: (tx: SolicitationTransaction, item: Solicitation, step: SolicitationStep) => Promise<Partial<Solicitation>>,
    opinionId: number | null = null,
  ): Promise<void> {
    await this.store.transaction(async (tx) => {
      const { solicitations, audit } = tx;
      const item = await this.findVisible(caller, id, tx);
      const now = this.clock.now();
      const status = effectiveStatus(item, now);
      if (status !== item.status) await recordClose(tx, item, now);
      const marks = (await solicitations.marksOf([id])).get(id) ?? [];
      const held = await solicitations.countHeld(id);
      const step = solicitationStep(action, this.ruleItem(item, status, marks.filter((m) => m === null).length, held), caller);
      const changes = await body(tx, item, step);
      if (!(await solicitations.updateIfUnchanged(item, { ...changes, status: step.to, updatedAt: now })))
        throw new DomainException(ErrorCode.SolicitationChangedMeanwhile, '意见征集刚被他人处理过，请刷新后再试');
      await solicitations.addEvent({
        solicitationId: id,
        at: now,
        action,
        level: step.level,
        actorId: caller.id,
        actorRole: step.role,
        fromStatus: status,
        toStatus: step.to,
        opinionId,
        comment,
      });
      await audit.recordStaff(caller, {
        action: AUDIT_OF[action],
        objectType: 'solicitation',
        objectId: id,
        agencyId: item.agencyId,
        reason: action === 'return' || action === 'return_feedback' ? (comment ?? undefined) : undefined,
      });
    });
  }

  private async opinionView(id: number, opinionId: number): Promise<StaffOpinionView> {
    const opinion = (await this.store.repositories.solicitations.findOpinion(id, opinionId))!;
    return toStaffOpinion(opinion, this.cipher.decrypt(opinion.contactNameEncrypted));
  }

  private ruleItem(item: Solicitation, status: SolicitationStatus, unmarked: number, held: number): SolicitationItem {
    return {
      status,
      agencyId: item.agencyId,
      authorId: item.authorId,
      feedbackAuthorId: item.feedbackAuthorId,
      unmarked,
      hasFeedback: !!item.feedbackHtml,
      held,
    };
  }

  /** Agency roles see only their own agency's items; another agency's is 404 (docs/security.md §8). */
  private async findVisible(
    caller: StaffCaller,
    id: number,
    tx: Pick<SolicitationTransaction, 'solicitations'> = this.store.repositories,
  ): Promise<Solicitation> {
    const item = await tx.solicitations.findForAgency(id, agencyScopeOf(caller));
    if (!item) throw DomainException.notFound('意见征集');
    return item;
  }

  private async summaries(rows: Solicitation[]): Promise<StaffSolicitationSummary[]> {
    const { solicitations } = this.store.repositories;
    const [agencies, marks] = await Promise.all([solicitations.agencyNames(rows.map((r) => r.agencyId)), solicitations.marksOf(rows.map((r) => r.id))]);
    const now = this.clock.now();
    return rows.map((r) => toStaffSummary(r, effectiveStatus(r, now), agencies.get(r.agencyId) ?? '', marks.get(r.id)?.length ?? 0));
  }
}

/** The number the subscribe message carries (its template's case-number field): 征集 and the id. */
export function solicitationCaseNo(id: number): string {
  return `ZJ${String(id).padStart(6, '0')}`;
}

/**
 * Stores the close of an open solicitation whose period ran out, with its history and audit rows (the clock's step,
 * no actor). The caller's transaction then moves it on, or the scheduler's commits it alone.
 */
export async function recordClose({ solicitations, audit }: SolicitationTransaction, item: Solicitation, now: Date): Promise<boolean> {
  if (!(await solicitations.updateIfUnchanged(item, { status: 'closed', updatedAt: now }))) return false;
  item.version += 1;
  item.status = 'closed';
  await solicitations.addEvent({
    solicitationId: item.id,
    at: item.closesAt!,
    action: 'close',
    level: null,
    actorId: null,
    actorRole: null,
    fromStatus: 'open',
    toStatus: 'closed',
    opinionId: null,
    comment: null,
  });
  await audit.recordSystem({ action: AuditAction.SolicitationClosed, objectType: 'solicitation', objectId: item.id, agencyId: item.agencyId });
  return true;
}

/** Sanitises and checks a draft; every problem is a 400 naming its field. */
function checkedContent(request: SaveSolicitationRequest, hosts: readonly string[]) {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, messages: [message] });
  const bodyHtml = sanitizeRichText(request.bodyHtml);
  if (!textOf(bodyHtml)) fail('bodyHtml', '征求意见稿正文不能为空');
  if (Buffer.byteLength(bodyHtml) > STORED_BODY_BYTES_MAX) fail('bodyHtml', '征求意见稿正文过长');
  const periodDays = request.periodDays ?? SOLICITATION_PERIOD_DAYS_DEFAULT;
  const shortPeriodReason = request.shortPeriodReason?.trim() || null;
  if (periodDays < SOLICITATION_PERIOD_DAYS_DEFAULT && !shortPeriodReason)
    fail('shortPeriodReason', `征求意见期限少于${SOLICITATION_PERIOD_DAYS_DEFAULT}日的，须说明理由`);
  const questions = request.questions.map((q) => q.trim());
  if (questions.some((q) => !q)) fail('questions', '征求意见的问题不能为空');
  if (new Set(questions).size !== questions.length) fail('questions', '问题不能重复');
  const attachmentUrl = request.attachmentUrl?.trim() || null;
  const attachmentName = request.attachmentName?.trim() || null;
  if (attachmentUrl) {
    const problem = mediaSourceProblem(attachmentUrl, hosts, true);
    if (problem) fail('attachmentUrl', problem === 'not_https' ? '附件地址须为 https 地址' : '附件所在网站不在媒体来源白名单中（系统设置 › 媒体来源）');
    if (!attachmentName) fail('attachmentName', '请填写附件名称');
  }
  if (errors.length > 0) throw new DomainException(ErrorCode.ValidationFailed, errors[0].messages[0], errors);
  return {
    title: request.title,
    summary: request.summary,
    bodyHtml,
    questionsJson: JSON.stringify(questions),
    periodDays,
    shortPeriodReason: periodDays < SOLICITATION_PERIOD_DAYS_DEFAULT ? shortPeriodReason : null,
    attachmentUrl,
    attachmentName: attachmentUrl ? attachmentName : null,
  };
}
