import { Inject, Injectable } from '@nestjs/common';
import {
  AuditAction,
  ErrorCode,
  InterpretationDetail,
  InterpretationFeedbackView,
  InterpretationLanguage,
  InterpretationQuery,
  InterpretationSummary,
  LIFE_EVENT_STAGES,
  Page,
} from '@weimin/contracts';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { DomainException } from '../common/errors/domain.exception';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { Segmenter } from '../common/text/segmenter';
import type { TermCutter } from './interpretation-search';
import type { Interpretation } from './interpretation.entity';
import { InterpretationRepositories, InterpretationStore } from './interpretation.store';
import { toPolicyDocumentView, toPublicSummary } from './interpretations.mapper';

/** What citizens and enterprises read: published interpretations only. */
@Injectable()
export class InterpretationsService {
  constructor(
    private readonly store: InterpretationStore,
    @Inject(Segmenter) private readonly segmenter: TermCutter,
  ) {}

  async list(query: InterpretationQuery): Promise<Page<InterpretationSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const stages = query.stage ? [query.stage] : query.audience ? LIFE_EVENT_STAGES.filter((s) => s.audience === query.audience).map((s) => s.code) : [];
    const { items, total } = await this.store.repositories.interpretations.publishedPage(stages, pageSize, (page - 1) * pageSize);
    return { items: await this.summaries(this.store.repositories.interpretations, items), total, page, pageSize };
  }

  /** Chinese full-text search, ranked in SQL (see interpretation-index.ts). */
  async search(q: string, page = 1, pageSize = 20): Promise<Page<InterpretationSummary>> {
    const interpretations = this.store.repositories.interpretations;
    const { hits, total } = await interpretations.search(this.segmenter, q, page, pageSize);
    const ordered = await interpretations.inOrder(hits.map((h) => h.id));
    return { items: await this.summaries(interpretations, ordered), total, page, pageSize };
  }

  /**
   * One published interpretation, in the language asked for when it has that variant (else Chinese).
   * Views are counted at the HTTP layer, cached reads and 304s included, and written in batches (common/cache/view-counter.ts).
   */
  async get(id: number, language: InterpretationLanguage = 'zh'): Promise<InterpretationDetail> {
    const interpretations = this.store.repositories.interpretations;
    const item = await interpretations.findPublished(id);
    if (!item) throw DomainException.notFound('解读');
    const [[summary], variants, relatedIds, document] = await Promise.all([
      this.summaries(interpretations, [item]),
      interpretations.variants(id),
      interpretations.relatedIds(id),
      item.policyDocumentId ? this.store.repositories.policyDocuments.find(item.policyDocumentId) : null,
    ]);
    const relatedRows = await interpretations.publishedAmong(relatedIds);
    const variant = language === 'zh' ? undefined : variants.find((v) => v.language === language);
    return {
      ...summary,
      title: variant?.title ?? item.title,
      summary: variant?.summary ?? item.summary,
      bodyHtml: variant?.bodyHtml ?? item.bodyHtml,
      language: variant?.language ?? 'zh',
      languages: ['zh', ...variants.map((v) => v.language)],
      mediaUrl: item.mediaUrl,
      imageUrl: item.imageUrl,
      imageAlt: item.imageAlt,
      transcript: item.transcript,
      policyDocument: document ? toPolicyDocumentView(document) : null,
      related: await this.summaries(interpretations, relatedRows),
      helpful: item.helpfulCount,
      unhelpful: item.unhelpfulCount,
    };
  }

  /** 有帮助 / 没帮助: once per citizen per interpretation; a second answer is 409. */
  async feedback(citizen: CitizenCaller, id: number, helpful: boolean): Promise<InterpretationFeedbackView> {
    try {
      await this.store.transaction(async ({ interpretations, audit }) => {
        if (!(await interpretations.isPublished(id))) throw DomainException.notFound('解读');
        await interpretations.addFeedback({ interpretationId: id, citizenId: citizen.id, helpful, at: new Date() });
        await audit.recordCitizen(citizen, {
          action: AuditAction.InterpretationFeedback,
          objectType: 'interpretation',
          objectId: id,
          reason: helpful ? 'helpful' : 'unhelpful',
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.InterpretationFeedbackAlreadyGiven, '您已反馈过这条解读');
      throw error;
    }
    const item = (await this.store.repositories.interpretations.findById(id))!;
    return { helpful: item.helpfulCount, unhelpful: item.unhelpfulCount, mine: helpful };
  }

  private async summaries(interpretations: InterpretationRepositories['interpretations'], rows: Interpretation[]): Promise<InterpretationSummary[]> {
    const [stages, names] = await Promise.all([interpretations.stagesOf(rows.map((r) => r.id)), interpretations.agencyNames(rows.map((r) => r.agencyId))]);
    return rows.map((r) => toPublicSummary(r, stages.get(r.id) ?? [], names.get(r.agencyId) ?? ''));
  }
}
