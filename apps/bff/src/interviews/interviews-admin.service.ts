import { Injectable } from '@nestjs/common';
import {
  AuditAction,
  ErrorCode,
  FieldError,
  INTERVIEW_FOLLOW_UP_WORKDAYS,
  type InterviewAction,
  type InterviewStep,
  Page,
  PublishTranscriptEntryRequest,
  SaveInterviewRequest,
  StaffInterviewQuery,
  StaffInterviewQuestionView,
  StaffInterviewSummary,
  StaffInterviewView,
  type StaffRole,
} from '@weimin/contracts';
import { agencyScopeOf, type StaffCaller } from '../auth/staff-principal';
import { CalendarService } from '../calendar/calendar.service';
import { chinaDay, endOfChinaDay } from '../calendar/working-days';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { scrubPublicText } from '../common/privacy/scrub';
import { Segmenter } from '../common/text/segmenter';
import { MessageWorkflow } from '../messages/message-workflow.service';
import { MessagesService } from '../messages/messages.service';
import { mediaSourceProblem } from '../settings/media-sources';
import type { InterviewQuestion } from './interview-question.entity';
import { allowedInterviewActions, interviewActionTarget, officeRoleOf, validSpan } from './interview-transitions';
import type { Interview } from './interview.entity';
import { InterviewStore, type InterviewTransaction } from './interview.store';
import { toEntryView, toEventView, toInterviewSummary, toInterviewView, toStaffQuestionView } from './interviews.mapper';

const STEP_AUDIT: Record<InterviewStep, AuditAction> = {
  collect: AuditAction.InterviewCollecting,
  start: AuditAction.InterviewStarted,
  end: AuditAction.InterviewEnded,
};

/** A converted question's message: 咨询 on the general board, addressed to the guest agency. */
const FOLLOW_UP_TITLE_MAX = 60;

/**
 * 在线访谈 in the console (docs/domain.md §6): the office schedules, edits before it is live, moves it 预告 → 征集问题 →
 * 直播中 → 已结束, moderates questions and publishes the transcript; the guest agency's staff read theirs. At the end the
 * questions the guest did not take become messages to the guest agency, in the transaction that ends it (and a question
 * shown after the end, in the transaction that shows it).
 */
@Injectable()
export class InterviewsAdminService {
  constructor(
    private readonly store: InterviewStore,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly workflow: MessageWorkflow,
    private readonly messagesService: MessagesService,
    private readonly segmenter: Segmenter,
  ) {}

  // ── Reading ───────────────────────────────────────────────────────────────

  async list(caller: StaffCaller, query: StaffInterviewQuery): Promise<Page<StaffInterviewSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const interviews = this.store.repositories.interviews;
    const { items, total } = await interviews.page({
      scope: agencyScopeOf(caller),
      status: query.status,
      guestAgencyId: query.guestAgencyId,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const [names, counts] = await Promise.all([interviews.agencyNames(items.map((i) => i.guestAgencyId)), interviews.questionCounts(items.map((i) => i.id))]);
    return {
      items: items.map((item) => ({ ...toInterviewSummary(item, names.get(item.guestAgencyId) ?? ''), questionCount: counts.get(item.id) ?? 0 })),
      total,
      page,
      pageSize,
    };
  }

  async get(caller: StaffCaller, id: number): Promise<StaffInterviewView> {
    const interviews = this.store.repositories.interviews;
    const item = await this.findVisible(caller, id);
    const [names, counts, entries, events] = await Promise.all([
      interviews.agencyNames([item.guestAgencyId]),
      interviews.questionCounts([id]),
      interviews.entries(id),
      interviews.history(id),
    ]);
    const actors = await interviews.staffNames(events.map((e) => e.actorId));
    return {
      ...toInterviewView(item, names.get(item.guestAgencyId) ?? ''),
      hostStaffId: item.hostStaffId,
      questionCount: counts.get(id) ?? 0,
      convertedAt: item.convertedAt?.toISOString() ?? null,
      entries: entries.map(toEntryView),
      events: events.map((e) => toEventView(e, e.actorId ? (actors.get(e.actorId) ?? null) : null)),
      allowedActions: allowedInterviewActions(item.status, caller.roles),
    };
  }

  /** Every question, hidden and held ones included: the office moderates them, the guest agency prepares its answers. */
  async questions(caller: StaffCaller, id: number): Promise<StaffInterviewQuestionView[]> {
    await this.findVisible(caller, id);
    return (await this.store.repositories.interviews.questions(id)).map(toStaffQuestionView);
  }

  // ── Scheduling ────────────────────────────────────────────────────────────

  async create(caller: StaffCaller, request: SaveInterviewRequest): Promise<StaffInterviewView> {
    const role = this.officeRole(caller);
    const id = await this.store.transaction(async ({ interviews, audit }) => {
      const fields = await this.checkedFields(interviews, request);
      const now = this.clock.now();
      const newId = await interviews.insert({ ...fields, status: 'announced', createdBy: caller.id, createdAt: now, updatedAt: now });
      await interviews.addEvent({
        interviewId: newId,
        at: now,
        action: 'create',
        actorId: caller.id,
        actorRole: role,
        fromStatus: null,
        toStatus: 'announced',
        note: null,
      });
      await audit.recordStaff(caller, { action: AuditAction.InterviewCreated, objectType: 'interview', objectId: newId, agencyId: fields.guestAgencyId });
      return newId;
    });
    return this.get(caller, id);
  }

  /** The whole schedule each time; before it is live only (what citizens were promised stays true while it runs). */
  async update(caller: StaffCaller, id: number, request: SaveInterviewRequest): Promise<StaffInterviewView> {
    await this.act(caller, id, 'edit', AuditAction.InterviewEdited, async ({ interviews }) => ({ changes: await this.checkedFields(interviews, request) }));
    return this.get(caller, id);
  }

  /** 开始征集 / 开始直播 / 结束访谈. Ending turns the unanswered questions into messages, in the same transaction. */
  async step(caller: StaffCaller, id: number, step: InterviewStep): Promise<StaffInterviewView> {
    await this.act(caller, id, step, STEP_AUDIT[step], async (tx, item) => {
      if (step !== 'end') return { changes: {} };
      const now = this.clock.now();
      const converted = item.convertedAt ? 0 : await this.convertToMessages(tx, caller, item, await tx.interviews.unansweredShown(item.id), now);
      return { changes: { endedAt: now, convertedAt: item.convertedAt ?? now }, note: `转为留言 ${converted} 条` };
    });
    return this.get(caller, id);
  }

  async setVideo(caller: StaffCaller, id: number, videoUrl: string | null): Promise<StaffInterviewView> {
    await this.act(caller, id, 'video', AuditAction.InterviewVideoSet, async ({ mediaHosts }) => {
      const url = videoUrl || null;
      const problem = url ? mediaSourceProblem(url, await mediaHosts.hosts(), false) : null;
      if (problem) {
        const message = problem === 'not_https' ? '视频地址须为 https 地址' : '视频地址所在网站不在媒体来源白名单中（系统设置 › 媒体来源）';
        throw new DomainException(ErrorCode.ValidationFailed, message, [{ field: 'videoUrl', messages: [message] }]);
      }
      return { changes: { videoUrl: url }, note: url };
    });
    return this.get(caller, id);
  }

  // ── Questions and transcript ──────────────────────────────────────────────

  /**
   * 屏蔽 / 显示: a hidden question is not taken live nor turned into a message; showing one releases a held one too.
   * Once the interview has ended, a question shown is one the guest did not take: it becomes a message to the guest
   * agency at once, exactly as the end converted the others, in this transaction (the asker follows it in 我的留言).
   */
  async moderate(caller: StaffCaller, questionId: number, visibility: 'shown' | 'hidden'): Promise<StaffInterviewQuestionView> {
    this.officeRole(caller);
    const found = await this.store.repositories.interviews.findQuestionById(questionId);
    if (!found) throw DomainException.notFound('问题');
    const id = found.interviewId;
    const audit = visibility === 'hidden' ? AuditAction.InterviewQuestionHidden : AuditAction.InterviewQuestionShown;
    await this.act(caller, id, 'moderate', audit, async (tx, item) => {
      const question = await this.findQuestion(tx.interviews, id, questionId);
      // An answered or converted question is already public or a message: its visibility no longer decides anything.
      if (question.status !== 'pending') throw notAnswerable('问题已答复或已转为留言，不能再屏蔽或显示');
      if (question.visibility !== visibility && !(await tx.interviews.updateQuestion(question, { visibility }))) throw changedMeanwhile();
      let note = `question ${questionId} ${visibility}`;
      if (visibility === 'shown' && item.status === 'ended') {
        await this.convertToMessages(tx, caller, item, [{ ...question, visibility }], this.clock.now());
        note += ', converted to a message';
      }
      return { changes: {}, note, objectId: questionId, objectType: 'interview_question' };
    });
    return toStaffQuestionView((await this.store.repositories.interviews.findQuestion(id, questionId))!);
  }

  /**
   * The host publishes an entry: a citizen's question (shown, not yet answered) or their own with the guest's answer, or
   * a remark. Stored in its public form: the question scrubbed of numbers and the asker's own name, the asker masked.
   */
  async publishEntry(caller: StaffCaller, id: number, request: PublishTranscriptEntryRequest): Promise<StaffInterviewView> {
    await this.act(caller, id, 'publish_entry', AuditAction.InterviewEntryPublished, async ({ interviews }, item) => {
      const seq = item.lastSeq + 1;
      const now = this.clock.now();
      let question: string | null = null;
      let askerName: string | null = null;
      let questionId: number | null = null;
      if (request.kind === 'qa') {
        if ((request.questionId === undefined) === (request.question === undefined)) {
          throw new DomainException(ErrorCode.ValidationFailed, '问答须选择一个网友问题或填写主持人的问题（二选一）', [
            { field: 'questionId', messages: ['questionId 与 question 二选一'] },
          ]);
        }
        if (request.questionId !== undefined) {
          const asked = await this.findQuestion(interviews, id, request.questionId);
          if (asked.status !== 'pending' || asked.visibility !== 'shown') throw notAnswerable('该问题已答复、已屏蔽或尚待审核');
          if (!(await interviews.updateQuestion(asked, { status: 'answered', answeredSeq: seq }))) throw changedMeanwhile();
          question = scrubPublicText(asked.content, this.messagesService.cipher.decrypt(asked.contactNameEncrypted));
          askerName = asked.askerNameMasked;
          questionId = asked.id;
        } else {
          question = scrubPublicText(request.question!, null);
        }
      } else if (request.questionId !== undefined || request.question !== undefined) {
        throw new DomainException(ErrorCode.ValidationFailed, '主持人发言不带问题', [{ field: 'question', messages: ['remark 不带 questionId 或 question'] }]);
      }
      await interviews.addEntry({
        interviewId: id,
        seq,
        kind: request.kind,
        questionId,
        question,
        askerName,
        text: request.text,
        authorId: caller.id,
        at: now,
      });
      return { changes: { lastSeq: seq }, note: `entry ${seq}`, objectId: id };
    });
    return this.get(caller, id);
  }

  // ── Internals ─────────────────────────────────────────────────────────────

  /**
   * One office step in a transaction: the interview as the caller may see it (404), the office only (403), the state
   * allowing it (409); the change only if nobody moved the interview meanwhile (which also makes the end, and the
   * conversion with it, happen once across instances); the history row and the audit row with it.
   */
  private async act(
    caller: StaffCaller,
    id: number,
    action: InterviewAction,
    auditAction: AuditAction,
    body: (tx: InterviewTransaction, item: Interview) => Promise<{ changes: Partial<Interview>; note?: string | null; objectType?: string; objectId?: number }>,
  ): Promise<void> {
    const role = this.officeRole(caller);
    await this.store.transaction(async (tx) => {
      // Locked first: questions being asked commit before the end reads them, or wait and find it ended.
      const item = await tx.interviews.findLocked(id, 'update');
      if (!item) throw DomainException.notFound('访谈');
      const to = interviewActionTarget(action, item.status);
      const { changes, note = null, objectType = 'interview', objectId = id } = await body(tx, item);
      const now = this.clock.now();
      if (!(await tx.interviews.updateIfUnchanged(item, { ...changes, status: to, updatedAt: now }))) throw changedMeanwhile();
      await tx.interviews.addEvent({ interviewId: id, at: now, action, actorId: caller.id, actorRole: role, fromStatus: item.status, toStatus: to, note });
      await tx.audit.recordStaff(caller, { action: auditAction, objectType, objectId, agencyId: item.guestAgencyId });
    });
  }

  /**
   * 访谈中未答复的问题: each shown, unanswered question (at the end, or shown after it) becomes a 咨询 addressed to the
   * guest agency, assigned to it at once with INTERVIEW_FOLLOW_UP_WORKDAYS working days to reply, and marked with the
   * interview. The asker follows it in 我的留言 (and hears of its 交办 if they hold a grant). Held and hidden questions
   * are not converted while they stay so.
   */
  private async convertToMessages(tx: InterviewTransaction, caller: StaffCaller, item: Interview, pending: InterviewQuestion[], now: Date): Promise<number> {
    const { interviews, messages, calendar, outbox, audit } = tx;
    if (pending.length === 0) return 0;
    const workdays = await this.calendar.fresh(calendar);
    const dueAt = endOfChinaDay(workdays.addWorkdays(chinaDay(now), INTERVIEW_FOLLOW_UP_WORKDAYS));
    const reason = `在线访谈未答复问题：${item.title}`.slice(0, 500);
    for (const question of pending) {
      const message = await messages.insert({
        caseNo: `pending-interview-${question.id}`,
        citizenId: question.citizenId,
        type: 'consultation',
        channel: 'online_consultation',
        status: 'submitted',
        targetAgencyId: item.guestAgencyId,
        assignedAgencyId: null,
        interpretationId: null,
        interviewId: item.id,
        title: followUpTitle(item.title),
        content: question.content,
        contactNameEncrypted: question.contactNameEncrypted,
        contactPhoneEncrypted: question.contactPhoneEncrypted,
        isPublic: question.isPublic,
        moderation: 'passed',
        routedBy: 'target',
        notifyOnReply: false,
        submittedAt: now,
      });
      message.caseNo = `LX${chinaDay(now).replace(/-/g, '')}${String(message.id).padStart(6, '0')}`;
      await messages.setCaseNo(message.id, message.caseNo);
      message.version += 1; // the update above counted as a change
      await messages.indexNewForBoard(this.segmenter, message, this.messagesService.cipher.decrypt(question.contactNameEncrypted));
      const system = { actorType: 'system' as const, actorId: null };
      await this.workflow.transition(messages, message, 'submit', {}, system, { toStatus: 'submitted', agencyId: null, reason });
      await this.workflow.transition(
        messages,
        message,
        'dispatch',
        { assignedAgencyId: item.guestAgencyId, assignedAt: now, dueAt, reminderQueuedAt: null, overdueQueuedAt: null },
        system,
        { agencyId: item.guestAgencyId, reason },
      );
      await this.workflow.queueProgress(outbox, message, '已交办', `assigned:${message.version}`);
      if (!(await interviews.updateQuestion(question, { status: 'converted', messageId: message.id }))) throw changedMeanwhile();
      await audit.recordStaff(caller, {
        action: AuditAction.InterviewQuestionConverted,
        objectType: 'message',
        objectId: message.id,
        agencyId: item.guestAgencyId,
      });
    }
    return pending.length;
  }

  /** Checks what the office sent: the guest agency in use, the span, the host (an active account, or a name). */
  private async checkedFields(interviews: InterviewTransaction['interviews'], request: SaveInterviewRequest) {
    const errors: FieldError[] = [];
    const fail = (field: string, message: string) => errors.push({ field, messages: [message] });
    if (!(await interviews.findActiveAgency(request.guestAgencyId))) fail('guestAgencyId', '嘉宾单位不存在或已停用');
    const startsAt = new Date(request.startsAt);
    const endsAt = new Date(request.endsAt);
    if (!validSpan(startsAt, endsAt)) fail('endsAt', '结束时间须晚于开始时间');
    let hostName = request.hostName?.trim() || null;
    const hostStaffId = request.hostStaffId ?? null;
    if (hostStaffId !== null) {
      const host = await interviews.findActiveStaff(hostStaffId);
      if (!host) fail('hostStaffId', '主持人账号不存在或已停用');
      hostName ??= host?.displayName ?? null;
    }
    if (!hostName && errors.length === 0) fail('hostName', '请选择主持人账号或填写主持人姓名');
    if (errors.length > 0) throw new DomainException(ErrorCode.ValidationFailed, errors[0].messages[0], errors);
    return {
      title: request.title,
      summary: request.summary,
      guestAgencyId: request.guestAgencyId,
      guestName: request.guestName,
      guestTitle: request.guestTitle,
      startsAt,
      endsAt,
      hostStaffId,
      hostName: hostName!,
    };
  }

  /** Only the office schedules and runs interviews; the guest agency reads (403 for it). */
  private officeRole(caller: StaffCaller): StaffRole {
    const role = officeRoleOf(caller.roles);
    if (!role) throw new DomainException(ErrorCode.Forbidden, '在线访谈由政务公开办安排和主持');
    return role;
  }

  /** Agency roles see only the interviews their agency is the guest of; another's is 404 (docs/security.md §8). */
  private async findVisible(caller: StaffCaller, id: number): Promise<Interview> {
    const item = await this.store.repositories.interviews.findForAgency(id, agencyScopeOf(caller));
    if (!item) throw DomainException.notFound('访谈');
    return item;
  }

  private async findQuestion(interviews: InterviewTransaction['interviews'], id: number, questionId: number): Promise<InterviewQuestion> {
    const question = await interviews.findQuestion(id, questionId);
    if (!question) throw DomainException.notFound('问题');
    return question;
  }
}

function followUpTitle(interviewTitle: string): string {
  const title = `访谈提问：${interviewTitle}`;
  return [...title].length > FOLLOW_UP_TITLE_MAX ? `${[...title].slice(0, FOLLOW_UP_TITLE_MAX - 1).join('')}…` : title;
}

function changedMeanwhile(): DomainException {
  return new DomainException(ErrorCode.InterviewChangedMeanwhile, '访谈刚被他人修改过，请刷新后再试');
}

function notAnswerable(message: string): DomainException {
  return new DomainException(ErrorCode.InterviewQuestionNotAnswerable, message);
}
