import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
import { DataSource, EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { DomainException } from '../common/errors/domain.exception';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { Segmenter } from '../common/text/segmenter';
import { InterpretationFeedback } from './interpretation-feedback.entity';
import { searchInterpretations, stagesOf } from './interpretation-index';
import { InterpretationRelation } from './interpretation-relation.entity';
import { InterpretationVariant } from './interpretation-variant.entity';
import { Interpretation } from './interpretation.entity';
import { toPolicyDocumentView, toPublicSummary } from './interpretations.mapper';
import { PolicyDocument } from './policy-document.entity';

/** What citizens and enterprises read: published interpretations only. */
@Injectable()
export class InterpretationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segmenter: Segmenter,
    private readonly audit: AuditService,
  ) {}

  async list(query: InterpretationQuery): Promise<Page<InterpretationSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const stages = query.stage ? [query.stage] : query.audience ? LIFE_EVENT_STAGES.filter((s) => s.audience === query.audience).map((s) => s.code) : [];
    const builder = this.dataSource.getRepository(Interpretation).createQueryBuilder('item').where("item.status = 'published'");
    if (stages.length > 0) builder.andWhere('item.id IN (SELECT s.interpretationId FROM interpretation_stage s WHERE s.stage IN (:...stages))', { stages });
    const [rows, total] = await builder
      .orderBy('item.publishedAt', 'DESC')
      .addOrderBy('item.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.summaries(this.dataSource.manager, rows), total, page, pageSize };
  }

  /** Chinese full-text search, ranked in SQL (see interpretation-index.ts). */
  async search(q: string, page = 1, pageSize = 20): Promise<Page<InterpretationSummary>> {
    const manager = this.dataSource.manager;
    const { hits, total } = await searchInterpretations(manager, this.segmenter, q, page, pageSize);
    const rows = hits.length > 0 ? await manager.findBy(Interpretation, { id: In(hits.map((h) => h.id)) }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ordered = hits.map((h) => byId.get(h.id)).filter((r): r is Interpretation => r !== undefined);
    return { items: await this.summaries(manager, ordered), total, page, pageSize };
  }

  /**
   * One published interpretation, in the language asked for when it has that variant (else Chinese).
   * Each read counts as a view, before any ETag check, so a 304 still counts (the controller excludes the count
   * from the ETag).
   */
  async get(id: number, language: InterpretationLanguage = 'zh'): Promise<InterpretationDetail> {
    const manager = this.dataSource.manager;
    // Backticks quote identifiers on MySQL and SQLite alike; a raw UPDATE leaves the optimistic-lock version alone.
    await manager.query("UPDATE `interpretation` SET `viewCount` = `viewCount` + 1 WHERE `id` = ? AND `status` = 'published'", [id]);
    const item = await manager.findOneBy(Interpretation, { id, status: 'published' });
    if (!item) throw DomainException.notFound('解读');
    const [[summary], variants, relations, document] = await Promise.all([
      this.summaries(manager, [item]),
      manager.find(InterpretationVariant, { where: { interpretationId: id }, order: { language: 'ASC' } }),
      manager.find(InterpretationRelation, { where: { interpretationId: id } }),
      item.policyDocumentId ? manager.findOneBy(PolicyDocument, { id: item.policyDocumentId }) : null,
    ]);
    const relatedRows =
      relations.length > 0
        ? await manager.find(Interpretation, { where: { id: In(relations.map((r) => r.relatedId)), status: 'published' }, order: { publishedAt: 'DESC' } })
        : [];
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
      policyDocument: document ? toPolicyDocumentView(document) : null,
      related: await this.summaries(manager, relatedRows),
      helpful: item.helpfulCount,
      unhelpful: item.unhelpfulCount,
    };
  }

  /** 有帮助 / 没帮助: once per citizen per interpretation; a second answer is 409. */
  async feedback(citizen: CitizenCaller, id: number, helpful: boolean): Promise<InterpretationFeedbackView> {
    try {
      await this.dataSource.transaction(async (manager) => {
        if (!(await manager.existsBy(Interpretation, { id, status: 'published' }))) throw DomainException.notFound('解读');
        await manager.insert(InterpretationFeedback, { interpretationId: id, citizenId: citizen.id, helpful, at: new Date() });
        const column = helpful ? '`helpfulCount`' : '`unhelpfulCount`';
        await manager.query(`UPDATE \`interpretation\` SET ${column} = ${column} + 1 WHERE \`id\` = ?`, [id]);
        await this.audit.recordCitizen(manager, citizen, {
          action: AuditAction.InterpretationFeedback,
          objectType: 'interpretation',
          objectId: id,
          reason: helpful ? 'helpful' : 'unhelpful',
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, '您已反馈过这条解读');
      throw error;
    }
    const item = await this.dataSource.getRepository(Interpretation).findOneByOrFail({ id });
    return { helpful: item.helpfulCount, unhelpful: item.unhelpfulCount, mine: helpful };
  }

  private async summaries(manager: EntityManager, rows: Interpretation[]): Promise<InterpretationSummary[]> {
    const stages = await stagesOf(
      manager,
      rows.map((r) => r.id),
    );
    const agencyIds = [...new Set(rows.map((r) => r.agencyId))];
    const agencies = agencyIds.length > 0 ? await manager.find(Agency, { where: { id: In(agencyIds) }, select: { id: true, name: true } }) : [];
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    return rows.map((r) => toPublicSummary(r, stages.get(r.id) ?? [], names.get(r.agencyId) ?? ''));
  }
}
