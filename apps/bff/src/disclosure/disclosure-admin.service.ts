import { Injectable } from '@nestjs/common';
import {
  AuditAction,
  DISCLOSURE_OUTCOMES,
  DisclosureAction,
  DisclosureChaseRequest,
  DisclosureCorrectedRequest,
  DisclosureCorrectionRequest,
  DisclosureDeliveryRequest,
  DisclosureExtensionDecision,
  DisclosureExtensionRequest,
  DisclosureListQuery,
  DisclosurePage,
  DisclosurePauseRequest,
  DisclosureRemedyRequest,
  DisclosureReplyDraft,
  DisclosureResumeRequest,
  DisclosureReturnReply,
  ErrorCode,
  FEE_OUTCOMES,
  NotificationKind,
  NotificationSubjectType,
  OUTCOME_REASON_CORRECTION_LAPSED,
  RegisterDisclosureRequest,
  RouteDisclosureRequest,
  StaffDisclosureView,
} from '@weimin/contracts';
import type { Agencies } from '../agencies/agency.repository';
import { agencyScopeOf, seesAllAgencies, type StaffCaller } from '../auth/staff-principal';
import { chinaDay } from '../calendar/working-days';
import { DomainException } from '../common/errors/domain.exception';
import { buildCaseFile } from './case-file';
import type { DisclosureApplication } from './disclosure-application.entity';
import { correctionDeadline } from './disclosure-clock';
import { DisclosureDesk } from './disclosure-desk.service';
import { allowedDisclosureActions, disclosureStep } from './disclosure-transitions';
import { toDisclosureSummary, toMyDisclosureView, toStaffDisclosureView } from './disclosure.mapper';
import { DisclosureApplications, DisclosureLetters, QueuedNotices } from './disclosure.repository';
import { DisclosureStore } from './disclosure.store';
import { LetterFile, readLetter } from './letter-file';
import { letterNumber, renderReplyLetter } from './reply-letter';

const AUDIT_OF: Record<DisclosureAction, AuditAction> = {
  route: AuditAction.DisclosureRouted,
  correction: AuditAction.DisclosureCorrectionRequested,
  corrected: AuditAction.DisclosureCorrected,
  'correction-lapsed': AuditAction.DisclosureCorrectionLapsed,
  pause: AuditAction.DisclosurePaused,
  resume: AuditAction.DisclosureResumed,
  extension: AuditAction.DisclosureExtensionRequested,
  'extension-decision': AuditAction.DisclosureExtensionDecided,
  'reply-draft': AuditAction.DisclosureReplyDrafted,
  'reply-approve': AuditAction.DisclosureReplyApproved,
  'reply-return': AuditAction.DisclosureReplyReturned,
  delivery: AuditAction.DisclosureDelivered,
  remedy: AuditAction.DisclosureRemedyRecorded,
  chase: AuditAction.DisclosureChased,
};

const invalid = (field: string, message: string) => new DomainException(ErrorCode.ValidationFailed, message, [{ field, messages: [message] }]);

interface StepContext {
  application: DisclosureApplication;
  applications: DisclosureApplications;
  letters: DisclosureLetters;
  agencies: Agencies;
  outbox: QueuedNotices;
  now: Date;
}

/**
 * The staff's side of 依申请公开 (docs/domain.md §5): register, route, 补正, consult, extend, reply, deliver, record
 * 复议/诉讼. Agency roles see their own agency's applications only (another's is 404, docs/security.md §8); each
 * step is checked by disclosure-transitions, recorded in the history and the audit log in one transaction.
 */
@Injectable()
export class DisclosureAdminService {
  constructor(
    private readonly store: DisclosureStore,
    private readonly desk: DisclosureDesk,
  ) {}

  async list(staff: StaffCaller, query: DisclosureListQuery): Promise<DisclosurePage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const scope = agencyScopeOf(staff);
    const applications = this.store.repositories.applications;
    const { items, total } = await applications.list({
      agencyId: scope ?? query.agencyId,
      status: query.status,
      dueBy: query.dueBy,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const names = await this.store.repositories.agencies.namesOf(items.map((a) => a.agencyId));
    const rows = items.map((a) => {
      const workdaysLeft = this.desk.workdaysLeft(a.dueOn);
      const summary = toDisclosureSummary(a, a.agencyId ? (names.get(a.agencyId) ?? null) : null);
      return { ...summary, applicantKind: a.applicantKind, workdaysLeft, overdue: workdaysLeft !== null && workdaysLeft < 0 };
    });
    return { items: rows, total, page, pageSize };
  }

  /** The detail; the applicant's unmasked certificate number and phone are shown to those who handle it, audited (docs/security.md §10). */
  async get(staff: StaffCaller, id: number): Promise<StaffDisclosureView> {
    const application = await this.visibleOr404(this.store.repositories.applications, staff, id);
    const mayUnmask = seesAllAgencies(staff) || application.agencyId === staff.agencyId;
    if (mayUnmask) {
      await this.store.transaction(({ audit }) =>
        audit.recordStaff(staff, {
          action: AuditAction.DisclosureApplicantViewed,
          objectType: 'disclosure',
          objectId: id,
          agencyId: application.agencyId,
        }),
      );
    }
    return this.view(staff, application, mayUnmask);
  }

  /** Applications that came by letter, in person, by fax or email, with the channel's day of receipt. */
  async register(staff: StaffCaller, request: RegisterDisclosureRequest): Promise<StaffDisclosureView> {
    if (!seesAllAgencies(staff)) {
      // An agency registers what it received itself.
      if (request.agencyId !== undefined && request.agencyId !== staff.agencyId) throw invalid('agencyId', '只能登记本单位收到的申请');
      request = { ...request, agencyId: staff.agencyId };
    }
    this.desk.checkDay('receivedOn', request.receivedOn, null, '收到申请的日期');
    await this.desk.check(this.store.repositories.agencies, request);
    const id = await this.store.transaction(async ({ applications, audit }) => {
      const now = this.desk.now();
      const application = await applications.insert(
        this.desk.newApplication(request, request.channel, request.receivedOn, { registeredById: staff.id, createdAt: now }),
      );
      application.caseNo = this.desk.caseNo(application);
      await applications.save(application);
      await applications.addEvent({
        applicationId: application.id,
        at: now,
        action: 'register',
        actorType: 'staff',
        actorId: staff.id,
        agencyId: application.agencyId,
        fromStatus: null,
        toStatus: application.status,
        reason: `${request.channel} ${request.receivedOn}`,
      });
      await audit.recordStaff(staff, {
        action: AuditAction.DisclosureRegistered,
        objectType: 'disclosure',
        objectId: application.id,
        agencyId: application.agencyId,
      });
      return application.id;
    });
    return this.get(staff, id);
  }

  route(staff: StaffCaller, id: number, request: RouteDisclosureRequest): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'route', request.note ?? null, async ({ application, agencies }) => {
      if (!(await agencies.findActive(request.agencyId))) throw invalid('agencyId', '机构不存在或已停用');
      application.agencyId = request.agencyId;
      return { agencyId: request.agencyId };
    });
  }

  requestCorrection(staff: StaffCaller, id: number, request: DisclosureCorrectionRequest): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'correction', request.missing, async ({ application }) => {
      const today = this.desk.today();
      application.correctionMissing = request.missing;
      application.correctionNoticedOn = today;
      application.correctBy = correctionDeadline(this.desk.calendar, today, request.workdays ?? this.desk.settings.correctionWorkdays);
    });
  }

  receiveCorrection(staff: StaffCaller, id: number, request: DisclosureCorrectedRequest): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'corrected', request.note ?? `补正材料收到日期 ${request.receivedOn}`, async ({ application }) => {
      this.desk.receiveCorrection(application, request.receivedOn);
    });
  }

  lapseCorrection(staff: StaffCaller, id: number): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'correction-lapsed', '申请人逾期未补正', async ({ application, now }) => {
      application.outcome = 'other';
      application.outcomeReason = OUTCOME_REASON_CORRECTION_LAPSED;
      application.finishedAt = now;
    });
  }

  pause(staff: StaffCaller, id: number, request: DisclosurePauseRequest): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'pause', `${request.party}（${request.startedOn}起）`, async ({ application, applications }) => {
      this.desk.checkDay('startedOn', request.startedOn, application.correctedOn ?? application.receivedOn, '征求意见的日期');
      await applications.addPause({ applicationId: application.id, kind: request.kind, party: request.party, startedOn: request.startedOn, endedOn: null });
    });
  }

  resume(staff: StaffCaller, id: number, request: DisclosureResumeRequest): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'resume', request.note ?? `${request.endedOn}恢复计时`, async ({ application, applications }) => {
      const open = (await applications.pauses(application.id)).find((p) => p.endedOn === null);
      if (!open) throw new DomainException(ErrorCode.Conflict, '没有进行中的征求意见');
      this.desk.checkDay('endedOn', request.endedOn, open.startedOn, '征求意见结束的日期');
      open.endedOn = request.endedOn;
      await applications.savePause(open);
    });
  }

  requestExtension(staff: StaffCaller, id: number, request: DisclosureExtensionRequest): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'extension', request.reason, async ({ application }) => {
      application.extensionWorkdays = request.workdays;
      application.extensionReason = request.reason;
      application.extensionStatus = 'requested';
    });
  }

  decideExtension(staff: StaffCaller, id: number, request: DisclosureExtensionDecision): Promise<StaffDisclosureView> {
    return this.step(
      staff,
      id,
      'extension-decision',
      `${request.approve ? '同意' : '不同意'}${request.comment ? `：${request.comment}` : ''}`,
      async ({ application }) => {
        application.extensionStatus = request.approve ? 'approved' : 'rejected';
      },
    );
  }

  draftReply(staff: StaffCaller, id: number, request: DisclosureReplyDraft): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'reply-draft', DISCLOSURE_OUTCOMES[request.outcome].label, async ({ application }) => {
      const reasons = DISCLOSURE_OUTCOMES[request.outcome].reasons;
      if (reasons.length > 0 && !request.outcomeReason) throw invalid('outcomeReason', `「${DISCLOSURE_OUTCOMES[request.outcome].label}」须选择具体情形`);
      if (request.outcomeReason && request.outcomeReason > reasons.length) throw invalid('outcomeReason', '没有这一情形');
      const feeFen = Math.round((request.feeYuan ?? 0) * 100);
      if (feeFen > 0 && !FEE_OUTCOMES.includes(request.outcome)) throw invalid('feeYuan', '只有公开或部分公开的答复可以收取信息处理费');
      application.outcome = request.outcome;
      application.replyFeeFen = feeFen > 0 ? feeFen : null;
      application.outcomeReason = reasons.length > 0 ? (request.outcomeReason ?? null) : null;
      application.replyFacts = request.facts;
      application.replyLegalBasis = request.legalBasis;
      application.replyDraftedById = staff.id;
    });
  }

  returnReply(staff: StaffCaller, id: number, request: DisclosureReturnReply): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'reply-return', request.reason, async () => undefined);
  }

  /**
   * The approval that sends the reply generates the letter: the next number of the agency's year, the .docx, its
   * hash, all in the same transaction as the state change.
   */
  async approveReply(staff: StaffCaller, id: number): Promise<StaffDisclosureView> {
    const known = await this.visibleOr404(this.store.repositories.applications, staff, id);
    const year = Number(chinaDay(this.desk.now()).slice(0, 4));
    if (known.agencyId) await this.store.repositories.letters.ensureSequence(known.agencyId, year);
    return this.step(staff, id, 'reply-approve', null, async ({ application, agencies, letters, now }, to) => {
      if (to !== 'replied' || !application.agencyId || !application.outcome) return;
      const names = await agencies.namesOf([application.agencyId]);
      const agencyName = names.get(application.agencyId) ?? '';
      const serial = await letters.nextLetterNumber(application.agencyId, year);
      const number = letterNumber(
        this.desk.settings.letterPrefixes[(await agencies.codesOf([application.agencyId])).get(application.agencyId) ?? ''] ?? `${agencyName}依公开`,
        year,
        serial,
      );
      const { content, sha256 } = await renderReplyLetter({
        number,
        agencyName,
        applicantName: application.applicantName,
        receivedOn: application.correctedOn ?? application.receivedOn,
        infoTitle: application.infoTitle,
        outcome: application.outcome,
        outcomeReason: application.outcomeReason,
        facts: application.replyFacts ?? '',
        legalBasis: application.replyLegalBasis ?? '',
        feeFen: application.replyFeeFen,
        issuedOn: chinaDay(now),
      });
      await letters.insert({ applicationId: application.id, agencyId: application.agencyId, year, serial, number, sha256, content, createdAt: now });
      application.finishedAt = now;
      return { reason: number };
    });
  }

  recordDelivery(staff: StaffCaller, id: number, request: DisclosureDeliveryRequest): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'delivery', `${request.method} ${request.deliveredOn}`, async ({ application }) => {
      this.desk.checkDay('deliveredOn', request.deliveredOn, application.finishedAt ? chinaDay(application.finishedAt) : null, '送达日期');
      application.deliveredBy = request.method;
      application.deliveredOn = request.deliveredOn;
    });
  }

  recordRemedy(staff: StaffCaller, id: number, request: DisclosureRemedyRequest): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'remedy', `${request.kind} ${request.result}`, async ({ application, applications, now }) => {
      this.desk.checkDay('filedOn', request.filedOn, application.receivedOn, '申请复议或起诉的日期');
      await applications.addRemedy({
        applicationId: application.id,
        kind: request.kind,
        result: request.result,
        filedOn: request.filedOn,
        note: request.note ?? null,
        recordedById: staff.id,
        recordedAt: now,
      });
    });
  }

  /** 催办: the handling agency hears from the office through the outbox; recorded in the history, as often as needed. */
  chase(staff: StaffCaller, id: number, request: DisclosureChaseRequest): Promise<StaffDisclosureView> {
    return this.step(staff, id, 'chase', request.note, async ({ application, outbox, now }) => {
      if (!application.agencyId) return;
      await outbox.enqueue('staff_notice', `disclosure-chase:${application.id}:${now.getTime()}`, application.agencyId, {
        kind: NotificationKind.DisclosureChase,
        subject: { type: NotificationSubjectType.Disclosure, id: application.id },
        text: `政务公开办催办：政府信息公开申请 ${application.caseNo}${application.dueOn ? `（${application.dueOn}到期）` : ''}。${request.note}`,
      });
    });
  }

  /** 一件一档: the whole case file as one .zip; it carries the applicant's data, so reading it is audited. */
  async caseFile(staff: StaffCaller, id: number): Promise<{ fileName: string; content: Buffer }> {
    const application = await this.visibleOr404(this.store.repositories.applications, staff, id);
    const view = await this.view(staff, application, true);
    const stored = await this.store.repositories.letters.findForApplication(id);
    const content = await buildCaseFile(view, stored ? readLetter(stored) : null);
    await this.store.transaction(({ audit }) =>
      audit.recordStaff(staff, {
        action: AuditAction.DisclosureCaseFileDownloaded,
        objectType: 'disclosure',
        objectId: id,
        agencyId: application.agencyId,
      }),
    );
    return { fileName: `${application.caseNo}.zip`, content };
  }

  async letter(staff: StaffCaller, id: number): Promise<LetterFile> {
    const application = await this.visibleOr404(this.store.repositories.applications, staff, id);
    return this.store.transaction(async ({ letters, audit }) => {
      const file = readLetter(await letters.findForApplication(id));
      await audit.recordStaff(staff, {
        action: AuditAction.DisclosureLetterDownloaded,
        objectType: 'disclosure',
        objectId: id,
        agencyId: application.agencyId,
      });
      return file;
    });
  }

  /**
   * One step: load (404 outside the caller's scope) with the row's version, check the rules, apply, recompute the due
   * day, record history and audit; all in one transaction.
   */
  private async step(
    staff: StaffCaller,
    id: number,
    action: DisclosureAction,
    reason: string | null,
    apply: (context: StepContext, to: DisclosureApplication['status']) => Promise<{ agencyId?: number; reason?: string } | void>,
  ): Promise<StaffDisclosureView> {
    await this.store.transaction(async ({ applications, letters, agencies, audit, outbox }) => {
      const application = await this.visibleOr404(applications, staff, id);
      const from = application.status;
      const to = disclosureStep(action, this.desk.facts(application), staff);
      if (!(await applications.claim(application))) throw new DomainException(ErrorCode.Conflict, '申请刚被他人处理过，请刷新后再试');
      const now = this.desk.now();
      const result = (await apply({ application, applications, letters, agencies, outbox, now }, to)) ?? {};
      application.status = to;
      application.dueOn = this.desk.dueOn(application, await applications.pauses(id));
      await applications.save(application);
      await this.desk.notifyApplicant(outbox, application, { action, fromStatus: from, toStatus: to, reason: result.reason ?? reason });
      await applications.addEvent({
        applicationId: id,
        at: now,
        action,
        actorType: 'staff',
        actorId: staff.id,
        agencyId: result.agencyId ?? application.agencyId,
        fromStatus: from,
        toStatus: to,
        reason: result.reason ?? reason,
      });
      await audit.recordStaff(staff, { action: AUDIT_OF[action], objectType: 'disclosure', objectId: id, agencyId: application.agencyId });
    });
    return this.view(staff, await this.visibleOr404(this.store.repositories.applications, staff, id), false);
  }

  private async visibleOr404(applications: DisclosureApplications, staff: StaffCaller, id: number): Promise<DisclosureApplication> {
    const application = await applications.findForAgency(id, agencyScopeOf(staff));
    if (!application) throw DomainException.notFound('申请');
    return application;
  }

  private async view(staff: StaffCaller, application: DisclosureApplication, unmasked: boolean): Promise<StaffDisclosureView> {
    const applications = this.store.repositories.applications;
    const [names, pauses, letter, remedies, history] = await Promise.all([
      this.store.repositories.agencies.namesOf([application.agencyId]),
      applications.pauses(application.id),
      this.store.repositories.letters.findForApplication(application.id),
      applications.remedies(application.id),
      applications.history(application.id),
    ]);
    const decrypted = this.desk.decrypt(application);
    const mine = toMyDisclosureView(application, application.agencyId ? (names.get(application.agencyId) ?? null) : null, decrypted, pauses, letter, true);
    return toStaffDisclosureView(mine, {
      applicant: unmasked && (seesAllAgencies(staff) || application.agencyId === staff.agencyId) ? decrypted : null,
      workdaysLeft: this.desk.workdaysLeft(application.dueOn),
      allowedActions: allowedDisclosureActions(this.desk.facts(application), staff),
      remedies,
      history,
    });
  }
}
