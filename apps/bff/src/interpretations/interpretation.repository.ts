import type { InterpretationStatus, LifeEventStage } from '@weimin/contracts';
import { Brackets, type EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { containsText } from '../database/like';
import { Message } from '../messages/message.entity';
import { StaffAccount } from '../staff/staff-account.entity';
import { InterpretationEvent } from './interpretation-event.entity';
import { InterpretationFeedback } from './interpretation-feedback.entity';
import { indexInterpretation, searchInterpretations, type SearchHit, stagesOf, unindexInterpretation } from './interpretation-index';
import { InterpretationRelation } from './interpretation-relation.entity';
import type { TermCutter } from './interpretation-search';
import { InterpretationStage } from './interpretation-stage.entity';
import { InterpretationVariant } from './interpretation-variant.entity';
import { Interpretation } from './interpretation.entity';
import { PolicyDocument } from './policy-document.entity';

export interface InterpretationListFilter {
  /** Limit to one agency (agency roles always are). */
  scope?: number;
  status?: InterpretationStatus;
  agencyId?: number;
  authorId?: number;
  stage?: LifeEventStage;
  /** Part of the title. */
  title?: string;
  limit: number;
  offset: number;
}

/** What an item is filed under, links to and is translated into, written whole on each save. */
export interface InterpretationParts {
  stages: LifeEventStage[];
  relatedIds: number[];
  variants: Array<Pick<InterpretationVariant, 'language' | 'title' | 'summary' | 'bodyHtml'>>;
}

/** Interpretations published in a period, per stage and per agency: the §4 figures. */
export interface PublishedFigures {
  total: number;
  byStage: Map<string, number>;
  byAgency: Array<{ agencyId: number; agencyName: string; count: number }>;
}

/** Interpretations with their stages, relations, variants, history, feedback and search terms, through one EntityManager. */
export class Interpretations {
  constructor(private readonly manager: EntityManager) {}

  /** The console's list, most recently changed first. */
  async page(filter: InterpretationListFilter): Promise<{ items: Interpretation[]; total: number }> {
    const query = this.manager.createQueryBuilder(Interpretation, 'item');
    if (filter.scope !== undefined) query.andWhere('item.agencyId = :scope', { scope: filter.scope });
    if (filter.status) query.andWhere('item.status = :status', { status: filter.status });
    if (filter.agencyId) query.andWhere('item.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.authorId !== undefined) query.andWhere('item.authorId = :me', { me: filter.authorId });
    if (filter.stage) query.andWhere('item.id IN (SELECT s.interpretationId FROM interpretation_stage s WHERE s.stage = :stage)', { stage: filter.stage });
    if (filter.title) query.andWhere(...containsText('item.title', 'q', filter.title));
    const [items, total] = await query.orderBy('item.updatedAt', 'DESC').addOrderBy('item.id', 'DESC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items, total };
  }

  /** Published items, newest first; with stages, only those filed under one of them. */
  async publishedPage(stages: LifeEventStage[], limit: number, offset: number): Promise<{ items: Interpretation[]; total: number }> {
    const query = this.manager.createQueryBuilder(Interpretation, 'item').where("item.status = 'published'");
    if (stages.length > 0) query.andWhere('item.id IN (SELECT s.interpretationId FROM interpretation_stage s WHERE s.stage IN (:...stages))', { stages });
    const [items, total] = await query.orderBy('item.publishedAt', 'DESC').addOrderBy('item.id', 'DESC').skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  /** Items waiting at these levels, oldest first, without the caller's own drafts; agency roles their agency's only. */
  reviewQueue(statuses: InterpretationStatus[], reviewerId: number, scope: number | undefined): Promise<Interpretation[]> {
    const query = this.manager
      .createQueryBuilder(Interpretation, 'item')
      .where('item.status IN (:...statuses)', { statuses })
      .andWhere(new Brackets((w) => w.where('item.authorId IS NULL').orWhere('item.authorId <> :me', { me: reviewerId })));
    if (scope !== undefined) query.andWhere('item.agencyId = :scope', { scope });
    return query.orderBy('item.updatedAt', 'ASC').addOrderBy('item.id', 'ASC').take(200).getMany();
  }

  /** The item if the caller may see it: agency roles only their own agency's (another's is "not found"). */
  findForAgency(id: number, scope: number | undefined): Promise<Interpretation | null> {
    return this.manager.findOne(Interpretation, { where: { id, ...(scope !== undefined && { agencyId: scope }) } });
  }

  findPublished(id: number): Promise<Interpretation | null> {
    return this.manager.findOneBy(Interpretation, { id, status: 'published' });
  }

  isPublished(id: number): Promise<boolean> {
    return this.manager.existsBy(Interpretation, { id, status: 'published' });
  }

  findById(id: number): Promise<Interpretation | null> {
    return this.manager.findOneBy(Interpretation, { id });
  }

  /** These items in the order of `ids` (missing ones left out). */
  async inOrder(ids: number[]): Promise<Interpretation[]> {
    if (ids.length === 0) return [];
    const byId = new Map((await this.manager.findBy(Interpretation, { id: In(ids) })).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)).filter((row): row is Interpretation => row !== undefined);
  }

  /** The published ones among `ids`, newest first. */
  publishedAmong(ids: number[]): Promise<Interpretation[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.find(Interpretation, { where: { id: In(ids), status: 'published' }, order: { publishedAt: 'DESC' } });
  }

  /**
   * How many of `ids` an item of `agencyId` may link to: published items and the agency's own (docs/security.md §8).
   * Another agency's draft counts as missing, so the answer does not tell that it exists.
   */
  linkableCount(ids: number[], agencyId: number): Promise<number> {
    return this.manager
      .createQueryBuilder(Interpretation, 'item')
      .where('item.id IN (:...ids)', { ids })
      .andWhere(
        new Brackets((visible) => visible.where('item.status = :published', { published: 'published' }).orWhere('item.agencyId = :agencyId', { agencyId })),
      )
      .getCount();
  }

  async insert(item: Partial<Interpretation>): Promise<number> {
    const { identifiers } = await this.manager.insert(Interpretation, item);
    return identifiers[0].id as number;
  }

  /** Applies the change only if nobody moved the item since it was read; false otherwise. */
  async updateIfUnchanged(item: Pick<Interpretation, 'id' | 'version'>, changes: Partial<Interpretation>): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(Interpretation)
      .set(changes)
      .where('id = :id AND version = :version', { id: item.id, version: item.version })
      .execute();
    return result.affected === 1;
  }

  /**
   * Adds views counted in memory (interpretation id → views): one UPDATE per item, in id order so that two instances
   * flushing at once take their row locks in the same order. Raw SQL, so that the optimistic-lock version stays as it is
   * (a view is no edit); backticks quote identifiers on MySQL and SQLite alike.
   */
  async addViews(views: ReadonlyMap<number, number>): Promise<void> {
    for (const [id, count] of [...views].sort(([a], [b]) => a - b)) {
      await this.manager.query('UPDATE `interpretation` SET `viewCount` = `viewCount` + ? WHERE `id` = ?', [count, id]);
    }
  }

  /** Records a citizen's answer and counts it; a second answer fails on the unique (item, citizen) index. */
  async addFeedback(feedback: Omit<InterpretationFeedback, 'id'>): Promise<void> {
    await this.manager.insert(InterpretationFeedback, feedback);
    const column = feedback.helpful ? '`helpfulCount`' : '`unhelpfulCount`';
    await this.manager.query(`UPDATE \`interpretation\` SET ${column} = ${column} + 1 WHERE \`id\` = ?`, [feedback.interpretationId]);
  }

  async addEvent(event: Omit<InterpretationEvent, 'id'>): Promise<void> {
    await this.manager.insert(InterpretationEvent, event);
  }

  history(id: number): Promise<InterpretationEvent[]> {
    return this.manager.find(InterpretationEvent, { where: { interpretationId: id }, order: { id: 'ASC' } });
  }

  variants(id: number): Promise<InterpretationVariant[]> {
    return this.manager.find(InterpretationVariant, { where: { interpretationId: id }, order: { language: 'ASC' } });
  }

  async relatedIds(id: number): Promise<number[]> {
    const rows = await this.manager.find(InterpretationRelation, { where: { interpretationId: id }, order: { relatedId: 'ASC' } });
    return rows.map((row) => row.relatedId);
  }

  /** The stages of several items at once, in the grids' order. */
  stagesOf(ids: number[]): Promise<Map<number, LifeEventStage[]>> {
    return stagesOf(this.manager, ids);
  }

  /** Replaces the item's stages, relations and variants with these. */
  async replaceParts(id: number, parts: InterpretationParts): Promise<void> {
    await this.manager.delete(InterpretationStage, { interpretationId: id });
    await this.manager.insert(
      InterpretationStage,
      parts.stages.map((stage) => ({ interpretationId: id, stage })),
    );
    await this.manager.delete(InterpretationRelation, { interpretationId: id });
    if (parts.relatedIds.length > 0)
      await this.manager.insert(
        InterpretationRelation,
        parts.relatedIds.map((relatedId) => ({ interpretationId: id, relatedId })),
      );
    await this.manager.delete(InterpretationVariant, { interpretationId: id });
    if (parts.variants.length > 0)
      await this.manager.insert(
        InterpretationVariant,
        parts.variants.map((v) => ({ ...v, interpretationId: id })),
      );
  }

  /** Puts a published item into search (rewriting its terms). */
  index(cutter: TermCutter, item: Pick<Interpretation, 'id' | 'title' | 'summary' | 'bodyHtml'>): Promise<void> {
    return indexInterpretation(this.manager, cutter, item);
  }

  /** Takes an item out of search. */
  unindex(id: number): Promise<void> {
    return unindexInterpretation(this.manager, id);
  }

  /** Published items matching the query, best first (interpretation-index.ts). */
  search(cutter: TermCutter, query: string, page: number, pageSize: number): Promise<{ hits: SearchHit[]; total: number }> {
    return searchInterpretations(this.manager, cutter, query, page, pageSize);
  }

  /**
   * docs/domain.md §4: items published in `start <= publishedAt < end`, in total, per stage and per agency (most first).
   * An item published in the period counts even if it was withdrawn later (it was published).
   */
  async publishedFigures(start: Date, end: Date): Promise<PublishedFigures> {
    const published = (alias: string) => `${alias}.publishedAt >= :start AND ${alias}.publishedAt < :end AND ${alias}.status IN ('published', 'withdrawn')`;
    const params = { start, end };
    const [stageRows, agencyRows, totalRow] = await Promise.all([
      this.manager
        .createQueryBuilder(InterpretationStage, 's')
        .innerJoin(Interpretation, 'i', 'i.id = s.interpretationId')
        .where(published('i'), params)
        .select('s.stage', 'stage')
        .addSelect('COUNT(*)', 'count')
        .groupBy('s.stage')
        .getRawMany<{ stage: string; count: number | string }>(),
      this.manager
        .createQueryBuilder(Interpretation, 'i')
        .innerJoin('agency', 'a', 'a.id = i.agencyId')
        .where(published('i'), params)
        .select('i.agencyId', 'agencyId')
        .addSelect('a.name', 'agencyName')
        .addSelect('COUNT(*)', 'count')
        .groupBy('i.agencyId')
        .addGroupBy('a.name')
        .orderBy('COUNT(*)', 'DESC')
        .addOrderBy('i.agencyId', 'ASC')
        .getRawMany<{ agencyId: number | string; agencyName: string; count: number | string }>(),
      this.manager.createQueryBuilder(Interpretation, 'i').where(published('i'), params).select('COUNT(*)', 'total').getRawOne<{ total: number | string }>(),
    ]);
    return {
      total: Number(totalRow?.total ?? 0),
      byStage: new Map(stageRows.map((row) => [row.stage, Number(row.count)])),
      byAgency: agencyRows.map((row) => ({ agencyId: Number(row.agencyId), agencyName: row.agencyName, count: Number(row.count) })),
    };
  }

  /** 就此政策咨询: per interpretation, the messages submitted in [start, end) that asked about it, most asked first. */
  async questionFigures(start: Date, end: Date, top: number): Promise<Array<{ interpretationId: number; title: string; agencyName: string; count: number }>> {
    const rows = await this.manager
      .createQueryBuilder(Message, 'm')
      .innerJoin(Interpretation, 'i', 'i.id = m.interpretationId')
      .innerJoin('agency', 'a', 'a.id = i.agencyId')
      .where('m.submittedAt >= :start AND m.submittedAt < :end', { start, end })
      .select('i.id', 'interpretationId')
      .addSelect('i.title', 'title')
      .addSelect('a.name', 'agencyName')
      .addSelect('COUNT(*)', 'count')
      .groupBy('i.id')
      .addGroupBy('i.title')
      .addGroupBy('a.name')
      .orderBy('COUNT(*)', 'DESC')
      .addOrderBy('i.id', 'ASC')
      .limit(top)
      .getRawMany<{ interpretationId: number | string; title: string; agencyName: string; count: number | string }>();
    return rows.map((row) => ({ interpretationId: Number(row.interpretationId), title: row.title, agencyName: row.agencyName, count: Number(row.count) }));
  }

  async agencyNames(ids: number[]): Promise<Map<number, string>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows = await this.manager.find(Agency, { where: { id: In(wanted) }, select: { id: true, name: true } });
    return new Map(rows.map((a) => [a.id, a.name]));
  }

  async staffNames(ids: Array<number | null>): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.manager.find(StaffAccount, { where: { id: In(wanted) }, select: { id: true, displayName: true } });
    return new Map(rows.map((s) => [s.id, s.displayName]));
  }
}

/** The policy documents interpretations explain. */
export class PolicyDocuments {
  constructor(private readonly manager: EntityManager) {}

  /** Newest issued first. */
  list(): Promise<PolicyDocument[]> {
    return this.manager.find(PolicyDocument, { order: { issuedOn: 'DESC', id: 'DESC' } });
  }

  find(id: number): Promise<PolicyDocument | null> {
    return this.manager.findOneBy(PolicyDocument, { id });
  }

  exists(id: number): Promise<boolean> {
    return this.manager.existsBy(PolicyDocument, { id });
  }

  /** A second document with the same 文号 fails on the unique index (isUniqueViolation). */
  /** A new document; its kind and 废止 date (the annual report's classification) default to other / none. */
  async insert(document: Omit<PolicyDocument, 'id' | 'kind' | 'repealedOn'> & Partial<Pick<PolicyDocument, 'kind' | 'repealedOn'>>): Promise<number> {
    const { identifiers } = await this.manager.insert(PolicyDocument, document);
    return identifiers[0].id as number;
  }
}
