import type { InterviewStatus, InterviewYearFigures } from '@weimin/contracts';
import { type EntityManager, In, MoreThan } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Message } from '../messages/message.entity';
import { StaffAccount } from '../staff/staff-account.entity';
import { InterviewEntry } from './interview-entry.entity';
import { InterviewEvent } from './interview-event.entity';
import { InterviewQuestion } from './interview-question.entity';
import { Interview } from './interview.entity';

export interface InterviewListFilter {
  /** Limit to interviews this agency is the guest of (agency roles always are). */
  scope?: number;
  status?: InterviewStatus;
  guestAgencyId?: number;
  limit: number;
  offset: number;
}

/** Interviews with their history, questions and transcript, through one EntityManager. */
export class Interviews {
  constructor(private readonly manager: EntityManager) {}

  async insert(interview: Omit<Interview, 'id' | 'version' | 'lastSeq' | 'endedAt' | 'convertedAt' | 'videoUrl'>): Promise<number> {
    const saved = await this.manager.save(
      Interview,
      this.manager.create(Interview, { ...interview, videoUrl: null, lastSeq: 0, endedAt: null, convertedAt: null }),
    );
    return saved.id;
  }

  /** The interview if the caller may see it: agency roles only those their agency is the guest of (another's is "not found"). */
  findForAgency(id: number, scope: number | undefined): Promise<Interview | null> {
    return this.manager.findOneBy(Interview, scope === undefined ? { id } : { id, guestAgencyId: scope });
  }

  /**
   * The interview read with a row lock, first in a transaction that asks or ends: a question and the end take turns, so
   * every question committed before the end is converted with it and none arrives after. SQLite's transactions take
   * turns already (database/sqlite-transactions.ts) and know no row locks.
   */
  findLocked(id: number, mode: 'share' | 'update'): Promise<Interview | null> {
    const query = this.manager.createQueryBuilder(Interview, 'item').where('item.id = :id', { id });
    if (this.manager.connection.options.type !== 'better-sqlite3') query.setLock(mode === 'share' ? 'pessimistic_read' : 'pessimistic_write');
    return query.getOne();
  }

  /** Newest planned start first. */
  async page(filter: InterviewListFilter): Promise<{ items: Interview[]; total: number }> {
    const query = this.manager.createQueryBuilder(Interview, 'item');
    if (filter.scope !== undefined) query.andWhere('item.guestAgencyId = :scope', { scope: filter.scope });
    if (filter.guestAgencyId) query.andWhere('item.guestAgencyId = :guest', { guest: filter.guestAgencyId });
    if (filter.status) query.andWhere('item.status = :status', { status: filter.status });
    const [items, total] = await query.orderBy('item.startsAt', 'DESC').addOrderBy('item.id', 'DESC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items, total };
  }

  /** Applies `changes` only if nobody changed the interview since it was read; the version moves on. */
  async updateIfUnchanged(item: Pick<Interview, 'id' | 'version'>, changes: Partial<Interview>): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(Interview)
      .set(changes)
      .where('id = :id AND version = :version', { id: item.id, version: item.version })
      .execute();
    return result.affected === 1;
  }

  async addEvent(event: Omit<InterviewEvent, 'id'>): Promise<void> {
    await this.manager.insert(InterviewEvent, event);
  }

  history(interviewId: number): Promise<InterviewEvent[]> {
    return this.manager.find(InterviewEvent, { where: { interviewId }, order: { id: 'ASC' } });
  }

  // ── Transcript ────────────────────────────────────────────────────────────

  async addEntry(entry: Omit<InterviewEntry, 'id'>): Promise<void> {
    await this.manager.insert(InterviewEntry, entry);
  }

  /** Entries after `afterSeq`, oldest first. */
  entries(interviewId: number, afterSeq = 0): Promise<InterviewEntry[]> {
    return this.manager.find(InterviewEntry, { where: { interviewId, seq: MoreThan(afterSeq) }, order: { seq: 'ASC' } });
  }

  // ── Questions ─────────────────────────────────────────────────────────────

  async insertQuestion(question: Omit<InterviewQuestion, 'id'>): Promise<number> {
    const result = await this.manager.insert(InterviewQuestion, question);
    return result.identifiers[0].id as number;
  }

  findQuestion(interviewId: number, id: number): Promise<InterviewQuestion | null> {
    return this.manager.findOneBy(InterviewQuestion, { interviewId, id });
  }

  findQuestionById(id: number): Promise<InterviewQuestion | null> {
    return this.manager.findOneBy(InterviewQuestion, { id });
  }

  findQuestionByKey(citizenId: number, idempotencyKey: string): Promise<InterviewQuestion | null> {
    return this.manager.findOneBy(InterviewQuestion, { citizenId, idempotencyKey });
  }

  /** Only if it is still as read (`status`, `visibility`): two hosts answering one question at once cannot both win. */
  async updateQuestion(question: Pick<InterviewQuestion, 'id' | 'status' | 'visibility'>, changes: Partial<InterviewQuestion>): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(InterviewQuestion)
      .set(changes)
      .where('id = :id AND status = :status AND visibility = :visibility', question)
      .execute();
    return result.affected === 1;
  }

  questions(interviewId: number): Promise<InterviewQuestion[]> {
    return this.manager.find(InterviewQuestion, { where: { interviewId }, order: { id: 'ASC' } });
  }

  questionsOfCitizen(interviewId: number, citizenId: number): Promise<InterviewQuestion[]> {
    return this.manager.find(InterviewQuestion, { where: { interviewId, citizenId }, order: { id: 'ASC' } });
  }

  /** 我的提问: a citizen's questions to every interview, newest first, a page at a time. */
  async questionsOfCitizenPage(citizenId: number, limit: number, offset: number): Promise<{ items: InterviewQuestion[]; total: number }> {
    const [items, total] = await this.manager.findAndCount(InterviewQuestion, {
      where: { citizenId },
      order: { askedAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { items, total };
  }

  /** The interviews of `ids`, by id. */
  async findByIds(ids: number[]): Promise<Map<number, Interview>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows = await this.manager.findBy(Interview, { id: In(wanted) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The published answers of answered questions (their transcript entries, by interview and seq), by question id. */
  async answersOf(questions: Array<Pick<InterviewQuestion, 'id' | 'interviewId' | 'answeredSeq'>>): Promise<Map<number, string>> {
    const answered = questions.filter((question) => question.answeredSeq !== null);
    if (answered.length === 0) return new Map();
    const entries = await this.manager.find(InterviewEntry, {
      where: answered.map((question) => ({ interviewId: question.interviewId, seq: question.answeredSeq! })),
    });
    const texts = new Map(entries.map((entry) => [`${entry.interviewId}:${entry.seq}`, entry.text]));
    return new Map(
      answered.flatMap((question) => {
        const text = texts.get(`${question.interviewId}:${question.answeredSeq}`);
        return text === undefined ? [] : [[question.id, text] as const];
      }),
    );
  }

  /** The questions the guest did not take live and the office let through: they become messages at the end. */
  unansweredShown(interviewId: number): Promise<InterviewQuestion[]> {
    return this.manager.find(InterviewQuestion, { where: { interviewId, status: 'pending', visibility: 'shown' }, order: { id: 'ASC' } });
  }

  async questionCounts(interviewIds: number[]): Promise<Map<number, number>> {
    if (interviewIds.length === 0) return new Map();
    const rows: Array<{ interviewId: number; count: string | number }> = await this.manager
      .createQueryBuilder(InterviewQuestion, 'q')
      .select('q.interviewId', 'interviewId')
      .addSelect('COUNT(*)', 'count')
      .where('q.interviewId IN (:...ids)', { ids: interviewIds })
      .groupBy('q.interviewId')
      .getRawMany();
    return new Map(rows.map((row) => [Number(row.interviewId), Number(row.count)]));
  }

  // ── Directory (read only) ─────────────────────────────────────────────────

  findActiveAgency(id: number): Promise<Agency | null> {
    return this.manager.findOneBy(Agency, { id, active: true });
  }

  findActiveStaff(id: number): Promise<StaffAccount | null> {
    return this.manager.findOneBy(StaffAccount, { id, active: true });
  }

  agencyNames(ids: number[]): Promise<Map<number, string>> {
    return this.names(Agency, ids, 'name');
  }

  staffNames(ids: Array<number | null>): Promise<Map<number, string>> {
    return this.names(StaffAccount, ids, 'displayName');
  }

  private async names<T extends { id: number }>(entity: new () => T, ids: Array<number | null>, field: keyof T): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.manager.find(entity, { where: { id: In(wanted) } as never });
    return new Map(rows.map((row) => [row.id, String(row[field])]));
  }

  // ── Figures ───────────────────────────────────────────────────────────────

  /**
   * Per year of the planned start, interviews in [from, to): how many, questions received, answered live, turned into
   * messages and of those replied. Counted in SQL by interview, summed by year here (years are China years of startsAt).
   */
  async figuresByInterview(from: Date | null, to: Date | null): Promise<Array<{ startsAt: Date } & Omit<InterviewYearFigures, 'year' | 'interviews'>>> {
    const query = this.manager.createQueryBuilder(Interview, 'i').select(['i.id', 'i.startsAt']);
    if (from) query.andWhere('i.startsAt >= :from', { from });
    if (to) query.andWhere('i.startsAt < :to', { to });
    // Entities, not raw rows: the driver turns each dialect's datetime into the same instant.
    const interviews = await query.getMany();
    if (interviews.length === 0) return [];
    const ids = interviews.map((row) => Number(row.id));
    const questionRows: Array<{ interviewId: number; received: string | number; answered: string | number }> = await this.manager
      .createQueryBuilder(InterviewQuestion, 'q')
      .select('q.interviewId', 'interviewId')
      .addSelect('COUNT(*)', 'received')
      .addSelect("SUM(CASE WHEN q.status = 'answered' THEN 1 ELSE 0 END)", 'answered')
      .where('q.interviewId IN (:...ids)', { ids })
      .groupBy('q.interviewId')
      .getRawMany();
    const messageRows: Array<{ interviewId: number; converted: string | number; replied: string | number }> = await this.manager
      .createQueryBuilder(Message, 'm')
      .select('m.interviewId', 'interviewId')
      .addSelect('COUNT(*)', 'converted')
      .addSelect('SUM(CASE WHEN m.repliedAt IS NOT NULL THEN 1 ELSE 0 END)', 'replied')
      .where('m.interviewId IN (:...ids)', { ids })
      .groupBy('m.interviewId')
      .getRawMany();
    const questions = new Map(questionRows.map((row) => [Number(row.interviewId), row]));
    const messages = new Map(messageRows.map((row) => [Number(row.interviewId), row]));
    return interviews.map((row) => ({
      startsAt: row.startsAt,
      questionsReceived: Number(questions.get(Number(row.id))?.received ?? 0),
      answeredLive: Number(questions.get(Number(row.id))?.answered ?? 0),
      convertedToMessages: Number(messages.get(Number(row.id))?.converted ?? 0),
      answeredAfterwards: Number(messages.get(Number(row.id))?.replied ?? 0),
    }));
  }
}
