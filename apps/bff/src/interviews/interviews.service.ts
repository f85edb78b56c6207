import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  AskInterviewQuestionRequest,
  AuditAction,
  ErrorCode,
  InterviewListQuery,
  InterviewSummary,
  InterviewView,
  MyInterviewQuestionQuery,
  MyInterviewQuestionSummary,
  MyInterviewQuestionView,
  Page,
  TranscriptView,
} from '@weimin/contracts';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { RATE_LIMIT_STORE, RateLimiter, type RateLimitStore } from '../common/http/rate-limiter';
import { maskName } from '../common/privacy/mask';
import type { AppConfig } from '../config/configuration';
import { MessagesService } from '../messages/messages.service';
import { ModerationService } from '../messages/moderation.service';
import type { InterviewQuestion } from './interview-question.entity';
import { acceptsQuestions } from './interview-transitions';
import type { Interview } from './interview.entity';
import { InterviewStore } from './interview.store';
import { toEntryView, toInterviewSummary, toInterviewView, toMyQuestionSummary, toMyQuestionView } from './interviews.mapper';

const IDEMPOTENCY_KEY = /^[\w-]{16,64}$/;

/** 在线访谈 for citizens: read the schedule and the transcript (public, cached), ask questions (signed in). */
@Injectable()
export class InterviewsService {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly store: InterviewStore,
    private readonly moderation: ModerationService,
    private readonly messages: MessagesService,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
    @Inject(RATE_LIMIT_STORE) rateLimits: RateLimitStore,
  ) {
    // The hourly limit of messages, counted apart: questions do not use up a citizen's messages.
    this.limiter = new RateLimiter(config.get('citizens.postsPerHour', { infer: true }), 3_600_000, rateLimits);
  }

  async list(query: InterviewListQuery): Promise<Page<InterviewSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const interviews = this.store.repositories.interviews;
    const { items, total } = await interviews.page({ status: query.status, limit: pageSize, offset: (page - 1) * pageSize });
    const names = await interviews.agencyNames(items.map((item) => item.guestAgencyId));
    return { items: items.map((item) => toInterviewSummary(item, names.get(item.guestAgencyId) ?? '')), total, page, pageSize };
  }

  async get(id: number): Promise<InterviewView> {
    const item = await this.find(id);
    const names = await this.store.repositories.interviews.agencyNames([item.guestAgencyId]);
    return toInterviewView(item, names.get(item.guestAgencyId) ?? '');
  }

  /**
   * The transcript after `after` (all of it without): what a client polls while the interview is live. Its answer is
   * cached and carries a strong ETag (common/cache), so a poll that finds nothing new is a 304 served from memory.
   */
  async transcript(id: number, after = 0): Promise<TranscriptView> {
    const item = await this.find(id);
    const entries = after >= item.lastSeq ? [] : await this.store.repositories.interviews.entries(id, after);
    return { interviewId: id, status: item.status, lastSeq: item.lastSeq, entries: entries.map(toEntryView) };
  }

  async myQuestions(caller: CitizenCaller, id: number): Promise<MyInterviewQuestionView[]> {
    await this.find(id);
    return (await this.store.repositories.interviews.questionsOfCitizen(id, caller.id)).map(toMyQuestionView);
  }

  /**
   * 我的提问: the citizen's questions to every interview, newest first, each with its interview's title and state and
   * the answer given live; only the caller's own, as for 我的留言.
   */
  async allMyQuestions(caller: CitizenCaller, query: MyInterviewQuestionQuery): Promise<Page<MyInterviewQuestionSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const interviews = this.store.repositories.interviews;
    const { items, total } = await interviews.questionsOfCitizenPage(caller.id, pageSize, (page - 1) * pageSize);
    const [asked, answers] = await Promise.all([interviews.findByIds(items.map((question) => question.interviewId)), interviews.answersOf(items)]);
    return {
      items: items.map((question) => toMyQuestionSummary(question, asked.get(question.interviewId)!, answers.get(question.id) ?? null)),
      total,
      page,
      pageSize,
    };
  }

  /**
   * A question, while the interview collects them or is live: moderated as messages are (sensitive words, then WeChat's
   * msgSecCheck; risky → 400, review → held for the office), limited per hour like messages, and idempotent by key (the
   * same key and body give the same question; the same key with another body is 422).
   */
  async ask(
    caller: CitizenCaller,
    id: number,
    idempotencyKey: string | undefined,
    request: AskInterviewQuestionRequest,
  ): Promise<{ created: boolean; view: MyInterviewQuestionView }> {
    if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new DomainException(ErrorCode.ValidationFailed, '缺少或无效的 Idempotency-Key', [
        { field: 'Idempotency-Key', messages: ['a 16-64 character key is required'] },
      ]);
    }
    const requestHash = createHash('sha256')
      .update(JSON.stringify([id, request.content, request.contactName, request.contactPhone ?? '', request.isPublic]))
      .digest('hex');
    const replay = await this.replay(caller.id, idempotencyKey, requestHash);
    if (replay) return { created: false, view: replay };

    const interview = await this.find(id);
    if (!acceptsQuestions(interview.status)) throw notCollecting();
    const limits = [`interview:citizen:${caller.id}`, `interview:ip:${caller.ip ?? 'unknown'}`];
    const countedAt = Date.now();
    await this.limiter.take(limits, countedAt);
    try {
      const contactPhone = request.contactPhone || (await this.boundPhone(caller.id));
      const verdict = await this.moderation.check(caller.openid, '', request.content);
      if (verdict === 'risky') {
        throw new DomainException(ErrorCode.ValidationFailed, '问题含有不宜发布的内容，请修改后再提交', [
          { field: 'content', messages: ['含有不宜发布的内容'] },
        ]);
      }
      const questionId = await this.store.transaction(async ({ interviews, audit }) => {
        // Locked: the end converts every question committed before it, and one that waited for it finds it ended.
        const current = await interviews.findLocked(id, 'share');
        if (!current || !acceptsQuestions(current.status)) throw notCollecting();
        const newId = await interviews.insertQuestion({
          interviewId: id,
          citizenId: caller.id,
          content: request.content,
          contactNameEncrypted: this.messages.cipher.encrypt(request.contactName),
          contactPhoneEncrypted: this.messages.cipher.encrypt(contactPhone),
          askerNameMasked: maskName(request.contactName),
          isPublic: request.isPublic,
          status: 'pending',
          visibility: verdict === 'review' ? 'held' : 'shown',
          answeredSeq: null,
          messageId: null,
          idempotencyKey,
          requestHash,
          askedAt: this.clock.now(),
        });
        await audit.recordCitizen(caller, {
          action: AuditAction.InterviewQuestionAsked,
          objectType: 'interview_question',
          objectId: newId,
          agencyId: current.guestAgencyId,
        });
        return newId;
      });
      const stored = await this.store.repositories.interviews.findQuestion(id, questionId);
      return { created: true, view: toMyQuestionView(stored!) };
    } catch (error) {
      // Nothing was stored: no new question, so it does not count against the hour.
      await this.limiter.giveBack(limits, countedAt);
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.replay(caller.id, idempotencyKey, requestHash);
      if (!winner) throw error;
      return { created: false, view: winner };
    }
  }

  private async replay(citizenId: number, key: string, requestHash: string): Promise<MyInterviewQuestionView | null> {
    const question: InterviewQuestion | null = await this.store.repositories.interviews.findQuestionByKey(citizenId, key);
    if (!question) return null;
    if (question.requestHash !== requestHash) {
      throw new DomainException(ErrorCode.InterviewIdempotencyKeyReused, '同一个 Idempotency-Key 不能用于不同的提问');
    }
    return toMyQuestionView(question);
  }

  /** An empty contact phone means "the number I bound through WeChat", as for messages. */
  private async boundPhone(citizenId: number): Promise<string> {
    const phoneEncrypted = await this.store.repositories.directory.citizenPhoneEncrypted(citizenId);
    if (!phoneEncrypted) {
      throw new DomainException(ErrorCode.ValidationFailed, '请填写11位手机号码', [
        { field: 'contactPhone', messages: ['请填写11位手机号码，或先绑定微信手机号'] },
      ]);
    }
    return this.messages.cipher.decrypt(phoneEncrypted);
  }

  private async find(id: number): Promise<Interview> {
    const item = await this.store.repositories.interviews.findForAgency(id, undefined);
    if (!item) throw DomainException.notFound('访谈');
    return item;
  }
}

function notCollecting(): DomainException {
  return new DomainException(ErrorCode.InterviewNotCollecting, '访谈当前不接受提问');
}
