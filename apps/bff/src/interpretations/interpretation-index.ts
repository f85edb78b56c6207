import { LIFE_EVENT_STAGES } from '@weimin/contracts';
import { type EntityManager, In } from 'typeorm';
import { textOf } from '../common/text/rich-text';
import { queryTerms, type TermCutter, termWeights } from './interpretation-search';
import { InterpretationStage } from './interpretation-stage.entity';
import { InterpretationTerm } from './interpretation-term.entity';
import type { Interpretation } from './interpretation.entity';

/** Writes an item's search terms (on publish). Rewrites them if present. */
export async function indexInterpretation(
  manager: EntityManager,
  cutter: TermCutter,
  item: Pick<Interpretation, 'id' | 'title' | 'summary' | 'bodyHtml'>,
): Promise<void> {
  await manager.delete(InterpretationTerm, { interpretationId: item.id });
  const weights = termWeights(cutter, { title: item.title, summary: item.summary, body: textOf(item.bodyHtml) });
  const rows = [...weights].map(([term, weight]) => ({ term, interpretationId: item.id, weight }));
  // Chunks keep each statement within SQLite's and MySQL's parameter limits.
  for (let i = 0; i < rows.length; i += 200) await manager.insert(InterpretationTerm, rows.slice(i, i + 200));
}

/** Removes an item from search (on withdraw). */
export async function unindexInterpretation(manager: EntityManager, id: number): Promise<void> {
  await manager.delete(InterpretationTerm, { interpretationId: id });
}

export interface SearchHit {
  id: number;
  score: number;
}

/**
 * Published items matching the query, best first: most distinct query terms matched, then the summed weights
 * (title terms weigh most), then the newest. Plain GROUP BY / SUM, identical on SQLite and MySQL.
 */
export async function searchInterpretations(
  manager: EntityManager,
  cutter: TermCutter,
  query: string,
  page: number,
  pageSize: number,
): Promise<{ hits: SearchHit[]; total: number }> {
  const terms = queryTerms(cutter, query);
  if (terms.length === 0) return { hits: [], total: 0 };
  const base = () =>
    manager
      .createQueryBuilder(InterpretationTerm, 't')
      .innerJoin('interpretation', 'i', 'i.id = t.interpretationId')
      .where('t.term IN (:...terms)', { terms })
      .andWhere("i.status = 'published'");
  const rows: Array<{ id: number | string; score: number | string }> = await base()
    .select('t.interpretationId', 'id')
    .addSelect('SUM(t.weight)', 'score')
    .groupBy('t.interpretationId')
    .orderBy('COUNT(DISTINCT t.term)', 'DESC')
    .addOrderBy('SUM(t.weight)', 'DESC')
    .addOrderBy('t.interpretationId', 'DESC')
    .offset((page - 1) * pageSize)
    .limit(pageSize)
    .getRawMany();
  const counted: { total: number | string } | undefined = await base().select('COUNT(DISTINCT t.interpretationId)', 'total').getRawOne();
  return { hits: rows.map((row) => ({ id: Number(row.id), score: Number(row.score) })), total: Number(counted?.total ?? 0) };
}

const STAGE_ORDER = new Map(LIFE_EVENT_STAGES.map((stage, index) => [stage.code, index]));

/** The stages of several items at once, in the grids' order. */
export async function stagesOf(manager: EntityManager, ids: number[]): Promise<Map<number, InterpretationStage['stage'][]>> {
  const result = new Map<number, InterpretationStage['stage'][]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return result;
  const rows = await manager.find(InterpretationStage, { where: { interpretationId: In(ids) } });
  for (const row of rows) result.get(row.interpretationId)?.push(row.stage);
  for (const stages of result.values()) stages.sort((a, b) => STAGE_ORDER.get(a)! - STAGE_ORDER.get(b)!);
  return result;
}
