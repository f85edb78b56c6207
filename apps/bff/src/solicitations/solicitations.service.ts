import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  AuditAction,
  type CreateOpinionRequest,
  ErrorCode,
  type MyOpinionView,
  type Page,
  type SolicitationDetail,
  type SolicitationQuery,
  type SolicitationSummary,
} from '@weimin/contracts';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { RATE_LIMIT_STORE, RateLimiter, type RateLimitStore } from '../common/http/rate-limiter';
import { ContactCipher } from '../common/privacy/contact-cipher';
import type { AppConfig } from '../config/configuration';
import { ModerationService } from '../messages/moderation.service';
import type { SolicitationOpinion } from './solicitation-opinion.entity';
import { adoptionCounts, effectiveStatus } from './solicitation-transitions';
import type { Solicitation } from './solicitation.entity';
import { SolicitationStore } from './solicitation.store';
import { answersOf, questionsOf, toPublicOpinion, toPublicSummary } from './solicitations.mapper';

const IDEMPOTENCY_KEY = /^[\w-]{16,64}$/;

/** The public's side of 意见征集: read open and finished solicitations, send opinions while open, follow one's own. */
@Injectable()
export class SolicitationsService {
  private readonly cipher: ContactCipher;
  private readonly limiter: RateLimiter;

  constructor(
    private readonly store: SolicitationStore,
    private readonly clock: Clock,
    private readonly moderation: ModerationService,
    config: ConfigService<AppConfig, true>,
    @Inject(RATE_LIMIT_STORE) rateLimits: RateLimitStore,
  ) {
    this.cipher = new ContactCipher(config.get('citizens.contactKey', { infer: true }));
    // The same hourly allowance as messages, counted apart: an opinion does not use up a citizen's messages.
    this.limiter = new RateLimiter(config.get('citizens.postsPerHour', { infer: true }), 3_600_000, rateLimits);
  }

  async list(query: SolicitationQuery): Promise<Page<SolicitationSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.store.repositories.solicitations.publicPage(query.phase, this.clock.now(), pageSize, (page - 1) * pageSize);
    return { items: await this.summaries(items), total, page, pageSize };
  }

  /** A published solicitation with the opinions shown publicly and, once published, the feedback and its figures. */
  async get(id: number): Promise<SolicitationDetail> {
    const { solicitations } = this.store.repositories;
    const item = await solicitations.findPublic(id);
    if (!item) throw DomainException.notFound('意见征集');
    const [[summary], shown, marks] = await Promise.all([this.summaries([item]), solicitations.publicOpinions(id), solicitations.marksOf([id])]);
    const published = item.status === 'feedback_published';
    return {
      ...summary,
      bodyHtml: item.bodyHtml,
      questions: questionsOf(item),
      attachmentUrl: item.attachmentUrl,
      attachmentName: item.attachmentName,
      feedback: published
        ? { html: item.feedbackHtml!, publishedAt: item.feedbackPublishedAt!.toISOString(), counts: adoptionCounts(marks.get(id) ?? []) }
        : null,
      // Marks are shown with the feedback, not while the agency is still deciding.
      publicOpinions: shown.map((opinion) => {
        const view = toPublicOpinion(opinion, this.cipher.decrypt(opinion.contactNameEncrypted));
        return published ? view : { ...view, adoption: null, adoptionReason: null };
      }),
    };
  }

  /**
   * An opinion while the solicitation is open: moderated like a message (risky refused, review held: never shown),
   * rate-limited, and idempotent by the citizen's Idempotency-Key (the same key with another body is 422).
   */
  async submitOpinion(
    caller: CitizenCaller,
    id: number,
    idempotencyKey: string | undefined,
    request: CreateOpinionRequest,
  ): Promise<{ created: boolean; view: MyOpinionView }> {
    if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new DomainException(ErrorCode.ValidationFailed, '缺少或无效的 Idempotency-Key', [
        { field: 'Idempotency-Key', messages: ['a 16-64 character key is required'] },
      ]);
    }
    const requestHash = createHash('sha256')
      .update(JSON.stringify({ solicitationId: id, ...request }, ['solicitationId', ...Object.keys(request).sort(), 'question', 'text']))
      .digest('hex');
    const replay = await this.replay(caller, idempotencyKey, requestHash);
    if (replay) return { created: false, view: replay };

    const { solicitations } = this.store.repositories;
    const item = await solicitations.findPublic(id);
    if (!item) throw DomainException.notFound('意见征集');
    if (effectiveStatus(item, this.clock.now()) !== 'open') throw new DomainException(ErrorCode.SolicitationNotOpen, '意见征集已截止，不再接收意见');
    const answers = checkedAnswers(request, questionsOf(item).length);

    const limits = [`opinion:citizen:${caller.id}`, `opinion:ip:${caller.ip ?? 'unknown'}`];
    const countedAt = Date.now();
    await this.limiter.take(limits, countedAt);
    const text = [request.content, ...answers.map((a) => a.text)].join('\n');
    const verdict = await this.moderation.check(caller.openid, '', text);
    if (verdict === 'risky') {
      await this.limiter.giveBack(limits, countedAt);
      throw new DomainException(ErrorCode.ValidationFailed, '意见含有不宜发布的内容，请修改后再提交', [{ field: 'content', messages: ['含有不宜发布的内容'] }]);
    }
    let opinionId: number;
    try {
      opinionId = await this.store.transaction(
        async ({ solicitations: tx, audit }) => {
          const now = this.clock.now();
          const newId = await tx.insertOpinion({
            solicitationId: id,
            citizenId: caller.id,
            content: request.content,
            answersJson: JSON.stringify(answers),
            contactNameEncrypted: this.cipher.encrypt(request.contactName),
            isPublic: request.isPublic,
            moderation: verdict === 'review' ? 'review' : 'passed',
            idempotencyKey,
            requestHash,
            submittedAt: now,
            adoption: null,
            adoptionReason: null,
            markedAt: null,
            markedBy: null,
          });
          await audit.recordCitizen(caller, {
            action: AuditAction.OpinionSubmitted,
            objectType: 'solicitation_opinion',
            objectId: newId,
            agencyId: item.agencyId,
          });
          return newId;
        },
        { retry: true },
      );
    } catch (error) {
      await this.limiter.giveBack(limits, countedAt);
      if (!isUniqueViolation(error)) throw error;
      // A concurrent request with the same key won: answer with its opinion.
      const winner = await this.replay(caller, idempotencyKey, requestHash);
      if (!winner) throw error;
      return { created: false, view: winner };
    }
    return { created: true, view: (await this.views([(await solicitations.findCitizenOpinion(caller.id, opinionId))!]))[0] };
  }

  /** 我的意见: each with the agency's mark and reason once the feedback is published. */
  async mine(caller: CitizenCaller): Promise<MyOpinionView[]> {
    return this.views(await this.store.repositories.solicitations.opinionsOfCitizen(caller.id));
  }

  private async replay(caller: CitizenCaller, key: string, requestHash: string): Promise<MyOpinionView | null> {
    const record = await this.store.repositories.solicitations.findOpinionByKey(caller.id, key);
    if (!record) return null;
    if (record.requestHash !== requestHash) throw new DomainException(ErrorCode.OpinionIdempotencyKeyReused, '同一个 Idempotency-Key 不能用于不同的意见内容');
    return (await this.views([record]))[0];
  }

  private async views(opinions: SolicitationOpinion[]): Promise<MyOpinionView[]> {
    const items = await this.store.repositories.solicitations.findByIds(opinions.map((o) => o.solicitationId));
    const now = this.clock.now();
    return opinions.map((opinion) => {
      const item = items.get(opinion.solicitationId)!;
      const published = item.status === 'feedback_published';
      return {
        id: opinion.id,
        solicitationId: item.id,
        solicitationTitle: item.title,
        solicitationStatus: effectiveStatus(item, now),
        content: opinion.content,
        answers: answersOf(opinion),
        isPublic: opinion.isPublic,
        moderation: opinion.moderation,
        submittedAt: opinion.submittedAt.toISOString(),
        adoption: published ? opinion.adoption : null,
        adoptionReason: published ? opinion.adoptionReason : null,
      };
    });
  }

  private async summaries(rows: Solicitation[]): Promise<SolicitationSummary[]> {
    const { solicitations } = this.store.repositories;
    const [agencies, marks] = await Promise.all([solicitations.agencyNames(rows.map((r) => r.agencyId)), solicitations.marksOf(rows.map((r) => r.id))]);
    const now = this.clock.now();
    return rows.map((r) => toPublicSummary(r, effectiveStatus(r, now), agencies.get(r.agencyId) ?? '', marks.get(r.id)?.length ?? 0));
  }
}

/** Answers name existing questions, each at most once; empty ones are dropped. */
function checkedAnswers(request: CreateOpinionRequest, questionCount: number): CreateOpinionRequest['answers'] & object {
  const answers = (request.answers ?? []).map((a) => ({ question: a.question, text: a.text.trim() })).filter((a) => a.text);
  if (answers.some((a) => a.question >= questionCount) || new Set(answers.map((a) => a.question)).size !== answers.length) {
    throw new DomainException(ErrorCode.ValidationFailed, '所答问题不存在', [{ field: 'answers', messages: ['每个问题至多回答一次，且须为本次征集的问题'] }]);
  }
  return answers;
}
