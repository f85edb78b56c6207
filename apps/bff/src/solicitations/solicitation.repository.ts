import type { SolicitationStatus } from '@weimin/contracts';
import { type EntityManager, In, IsNull, LessThanOrEqual } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { StaffAccount } from '../staff/staff-account.entity';
import { SolicitationEvent } from './solicitation-event.entity';
import { SolicitationOpinion } from './solicitation-opinion.entity';
import { Solicitation } from './solicitation.entity';

export interface SolicitationListFilter {
  /** Limit to one agency (agency roles always are). */
  scope?: number;
  status?: SolicitationStatus;
  agencyId?: number;
  limit: number;
  offset: number;
}

/** The states the public sees: from publication on. */
export const PUBLIC_STATUSES: readonly SolicitationStatus[] = [
  'open',
  'closed',
  'feedback_draft',
  'feedback_pending_agency_head',
  'feedback_pending_office',
  'feedback_returned',
  'feedback_published',
];

/** Past the period and still without published feedback (an `open` one past `closesAt` included by the caller's query). */
export const AWAITING_FEEDBACK: readonly SolicitationStatus[] = [
  'closed',
  'feedback_draft',
  'feedback_pending_agency_head',
  'feedback_pending_office',
  'feedback_returned',
];

/** Solicitations, their history and their opinions, through one EntityManager. */
export class Solicitations {
  constructor(private readonly manager: EntityManager) {}

  async insert(fields: Omit<Solicitation, 'id' | 'version'>): Promise<number> {
    const result = await this.manager.insert(Solicitation, fields);
    return result.identifiers[0].id as number;
  }

  /** The item if the caller may see it: agency roles only their own agency's (another's is "not found"). */
  findForAgency(id: number, scope: number | undefined): Promise<Solicitation | null> {
    return this.manager.findOne(Solicitation, { where: { id, ...(scope !== undefined && { agencyId: scope }) } });
  }

  findPublic(id: number): Promise<Solicitation | null> {
    return this.manager.findOneBy(Solicitation, { id, status: In([...PUBLIC_STATUSES]) });
  }

  /** Applies `changes` only if nobody moved the item since it was read (its version). */
  async updateIfUnchanged(item: Pick<Solicitation, 'id' | 'version'>, changes: Partial<Solicitation>): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(Solicitation)
      .set(changes)
      .where('id = :id AND version = :version', { id: item.id, version: item.version })
      .execute();
    return result.affected === 1;
  }

  /** The console's list, most recently changed first. */
  async page(filter: SolicitationListFilter): Promise<{ items: Solicitation[]; total: number }> {
    const query = this.manager.createQueryBuilder(Solicitation, 'item');
    if (filter.scope !== undefined) query.andWhere('item.agencyId = :scope', { scope: filter.scope });
    if (filter.status) query.andWhere('item.status = :status', { status: filter.status });
    if (filter.agencyId) query.andWhere('item.agencyId = :agencyId', { agencyId: filter.agencyId });
    const [items, total] = await query.orderBy('item.updatedAt', 'DESC').addOrderBy('item.id', 'DESC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items, total };
  }

  /** Items waiting at these states, oldest first; agency roles their agency's only. */
  reviewQueue(statuses: SolicitationStatus[], scope: number | undefined): Promise<Solicitation[]> {
    return this.manager.find(Solicitation, {
      where: { status: In(statuses), ...(scope !== undefined && { agencyId: scope }) },
      order: { updatedAt: 'ASC', id: 'ASC' },
      take: 200,
    });
  }

  /** Public list: `open` those accepting opinions at `now`, `finished` those past their period; newest first. */
  async publicPage(phase: 'open' | 'finished' | undefined, now: Date, limit: number, offset: number): Promise<{ items: Solicitation[]; total: number }> {
    const query = this.manager.createQueryBuilder(Solicitation, 'item').where('item.status IN (:...statuses)', { statuses: PUBLIC_STATUSES });
    if (phase === 'open') query.andWhere("item.status = 'open' AND item.closesAt > :now", { now });
    if (phase === 'finished') query.andWhere("(item.status <> 'open' OR item.closesAt <= :now)", { now });
    const [items, total] = await query.orderBy('item.opensAt', 'DESC').addOrderBy('item.id', 'DESC').skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  /** Open ones whose period has run out: the scheduler stores them as closed. */
  dueToClose(now: Date): Promise<Solicitation[]> {
    return this.manager.find(Solicitation, { where: { status: 'open', closesAt: LessThanOrEqual(now) }, order: { id: 'ASC' }, take: 500 });
  }

  /** Past the period without published feedback, and not yet reminded (or every one, for the office's list). */
  awaitingFeedback(now: Date, scope?: number, unremindedOnly = false): Promise<Solicitation[]> {
    const query = this.manager
      .createQueryBuilder(Solicitation, 'item')
      .where("(item.status IN (:...awaiting) OR (item.status = 'open' AND item.closesAt <= :now))", { awaiting: AWAITING_FEEDBACK, now });
    if (scope !== undefined) query.andWhere('item.agencyId = :scope', { scope });
    if (unremindedOnly) query.andWhere('item.overdueRemindedAt IS NULL');
    return query.orderBy('item.closesAt', 'ASC').addOrderBy('item.id', 'ASC').getMany();
  }

  /** Claims the one overdue reminder: true for the one instance whose UPDATE set it. */
  async claimOverdueReminder(id: number, now: Date): Promise<boolean> {
    const result = await this.manager.update(Solicitation, { id, overdueRemindedAt: IsNull() }, { overdueRemindedAt: now });
    return result.affected === 1;
  }

  /** Solicitations opened in [start, end), with their agency: the figures' population. */
  openedBetween(start: Date, end: Date): Promise<Solicitation[]> {
    return this.manager
      .createQueryBuilder(Solicitation, 'item')
      .where('item.opensAt >= :start AND item.opensAt < :end', { start, end })
      .orderBy('item.id', 'ASC')
      .getMany();
  }

  async addEvent(event: Omit<SolicitationEvent, 'id'>): Promise<void> {
    await this.manager.insert(SolicitationEvent, event);
  }

  history(id: number): Promise<SolicitationEvent[]> {
    return this.manager.find(SolicitationEvent, { where: { solicitationId: id }, order: { id: 'ASC' } });
  }

  // ── Opinions ──────────────────────────────────────────────────────────────

  async insertOpinion(fields: Omit<SolicitationOpinion, 'id'>): Promise<number> {
    const result = await this.manager.insert(SolicitationOpinion, fields);
    return result.identifiers[0].id as number;
  }

  findOpinionByKey(citizenId: number, idempotencyKey: string): Promise<SolicitationOpinion | null> {
    return this.manager.findOneBy(SolicitationOpinion, { citizenId, idempotencyKey });
  }

  findOpinion(solicitationId: number, id: number): Promise<SolicitationOpinion | null> {
    return this.manager.findOneBy(SolicitationOpinion, { id, solicitationId });
  }

  /** Any solicitation's opinion: the office's 放行 names the opinion alone. */
  findOpinionById(id: number): Promise<SolicitationOpinion | null> {
    return this.manager.findOneBy(SolicitationOpinion, { id });
  }

  findCitizenOpinion(citizenId: number, id: number): Promise<SolicitationOpinion | null> {
    return this.manager.findOneBy(SolicitationOpinion, { id, citizenId });
  }

  opinions(solicitationId: number): Promise<SolicitationOpinion[]> {
    return this.manager.find(SolicitationOpinion, { where: { solicitationId }, order: { id: 'ASC' } });
  }

  /** Those the citizen allowed to be shown and moderation passed, oldest first. */
  publicOpinions(solicitationId: number): Promise<SolicitationOpinion[]> {
    return this.manager.find(SolicitationOpinion, { where: { solicitationId, isPublic: true, moderation: 'passed' }, order: { id: 'ASC' }, take: 200 });
  }

  countHeld(solicitationId: number): Promise<number> {
    return this.manager.countBy(SolicitationOpinion, { solicitationId, moderation: 'review' });
  }

  /** Opinions moderation held, oldest first, each with its solicitation; agency roles their agency's only. */
  async held(scope: number | undefined): Promise<Array<{ opinion: SolicitationOpinion; solicitation: Solicitation }>> {
    const query = this.manager
      .createQueryBuilder(SolicitationOpinion, 'o')
      .innerJoin(Solicitation, 'item', 'item.id = o.solicitationId')
      .where("o.moderation = 'review'");
    if (scope !== undefined) query.andWhere('item.agencyId = :scope', { scope });
    const opinions = await query.orderBy('o.id', 'ASC').take(200).getMany();
    const items = await this.findByIds(opinions.map((o) => o.solicitationId));
    return opinions.map((opinion) => ({ opinion, solicitation: items.get(opinion.solicitationId)! }));
  }

  /** 放行: true for the one request whose UPDATE found it still held. */
  async releaseOpinion(id: number): Promise<boolean> {
    const result = await this.manager.update(SolicitationOpinion, { id, moderation: 'review' }, { moderation: 'passed' });
    return result.affected === 1;
  }

  opinionsOfCitizen(citizenId: number): Promise<SolicitationOpinion[]> {
    return this.manager.find(SolicitationOpinion, { where: { citizenId }, order: { id: 'DESC' }, take: 200 });
  }

  /** The marks of each solicitation's opinions (null: unmarked). */
  async marksOf(solicitationIds: number[]): Promise<Map<number, Array<SolicitationOpinion['adoption']>>> {
    const marks = new Map<number, Array<SolicitationOpinion['adoption']>>(solicitationIds.map((id) => [id, []]));
    if (solicitationIds.length === 0) return marks;
    const rows = await this.manager.find(SolicitationOpinion, {
      select: { solicitationId: true, adoption: true },
      where: { solicitationId: In([...new Set(solicitationIds)]) },
    });
    for (const row of rows) marks.get(row.solicitationId)!.push(row.adoption);
    return marks;
  }

  async markOpinion(id: number, fields: Pick<SolicitationOpinion, 'adoption' | 'adoptionReason' | 'markedAt' | 'markedBy'>): Promise<void> {
    await this.manager.update(SolicitationOpinion, { id }, fields);
  }

  /** Everyone who sent an opinion on it, once each. */
  async citizenIdsOf(solicitationId: number): Promise<number[]> {
    const rows = await this.manager
      .createQueryBuilder(SolicitationOpinion, 'o')
      .select('DISTINCT o.citizenId', 'citizenId')
      .where('o.solicitationId = :solicitationId', { solicitationId })
      .getRawMany<{ citizenId: number | string }>();
    return rows.map((row) => Number(row.citizenId)).sort((a, b) => a - b);
  }

  async findByIds(ids: number[]): Promise<Map<number, Solicitation>> {
    if (ids.length === 0) return new Map();
    const rows = await this.manager.findBy(Solicitation, { id: In([...new Set(ids)]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  // ── Names ────────────────────────────────────────────────────────────────

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

  async officeId(): Promise<number | null> {
    return (await this.manager.findOneBy(Agency, { kind: 'office' }))?.id ?? null;
  }
}
