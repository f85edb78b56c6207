import type { DisclosureStatus } from '@weimin/contracts';
import { type EntityManager, In, IsNull, Not } from 'typeorm';
import type { OutboxKind } from '../outbox/outbox-item.entity';
import type { CitizenNotice, StaffNotice } from '../outbox/outbox.service';
import { DisclosureApplication } from './disclosure-application.entity';
import { DisclosureEvent } from './disclosure-event.entity';
import { DisclosurePause } from './disclosure-pause.entity';
import { DisclosureRemedy } from './disclosure-remedy.entity';
import { DisclosureLetterSequence, DisclosureReplyLetter } from './disclosure-reply-letter.entity';

export interface DisclosureListFilter {
  /** Limit to one agency (agency roles always are). */
  agencyId?: number;
  status?: DisclosureStatus;
  /** Due on or before this day (the due and overdue lists). */
  dueBy?: string;
  limit: number;
  offset: number;
}

/** Applications and their history, pauses and remedies, read and written through one EntityManager. */
export class DisclosureApplications {
  constructor(private readonly manager: EntityManager) {}

  /** The application if the caller may see it: agency roles only their own agency's (another's is "not found"). */
  findForAgency(id: number, agencyId: number | undefined): Promise<DisclosureApplication | null> {
    return this.manager.findOneBy(DisclosureApplication, agencyId === undefined ? { id } : { id, agencyId });
  }

  findForCitizen(id: number, citizenId: number): Promise<DisclosureApplication | null> {
    return this.manager.findOneBy(DisclosureApplication, { id, citizenId });
  }

  listForCitizen(citizenId: number): Promise<DisclosureApplication[]> {
    return this.manager.find(DisclosureApplication, { where: { citizenId }, order: { id: 'DESC' }, take: 200 });
  }

  findByIdempotencyKey(citizenId: number, key: string): Promise<DisclosureApplication | null> {
    return this.manager.findOneBy(DisclosureApplication, { citizenId, idempotencyKey: key });
  }

  async list(filter: DisclosureListFilter): Promise<{ items: DisclosureApplication[]; total: number }> {
    const query = this.manager.createQueryBuilder(DisclosureApplication, 'a');
    if (filter.agencyId !== undefined) query.andWhere('a.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.dueBy) query.andWhere('a.dueOn IS NOT NULL AND a.dueOn <= :dueBy', { dueBy: filter.dueBy });
    const [items, total] = await query.orderBy('a.id', 'DESC').take(filter.limit).skip(filter.offset).getManyAndCount();
    return { items, total };
  }

  async insert(application: Partial<DisclosureApplication>): Promise<DisclosureApplication> {
    return this.manager.save(this.manager.create(DisclosureApplication, application));
  }

  /**
   * Claims the row for one step: bumps the version only if nobody changed it since it was read. On MariaDB the update
   * also holds the row lock until commit, so a concurrent step waits and then finds the version moved (409).
   */
  async claim(application: DisclosureApplication): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(DisclosureApplication)
      // TypeORM adds `version = version + 1` itself.
      .set({ status: application.status })
      .where('id = :id AND version = :version', { id: application.id, version: application.version })
      .execute();
    if (result.affected !== 1) return false;
    application.version += 1;
    return true;
  }

  async save(application: DisclosureApplication): Promise<DisclosureApplication> {
    return this.manager.save(application);
  }

  addEvent(event: Omit<DisclosureEvent, 'id'>): Promise<DisclosureEvent> {
    return this.manager.save(this.manager.create(DisclosureEvent, event));
  }

  history(applicationId: number): Promise<DisclosureEvent[]> {
    return this.manager.find(DisclosureEvent, { where: { applicationId }, order: { id: 'ASC' } });
  }

  pauses(applicationId: number): Promise<DisclosurePause[]> {
    return this.manager.find(DisclosurePause, { where: { applicationId }, order: { id: 'ASC' } });
  }

  addPause(pause: Omit<DisclosurePause, 'id'>): Promise<DisclosurePause> {
    return this.manager.save(this.manager.create(DisclosurePause, pause));
  }

  savePause(pause: DisclosurePause): Promise<DisclosurePause> {
    return this.manager.save(pause);
  }

  remedies(applicationId: number): Promise<DisclosureRemedy[]> {
    return this.manager.find(DisclosureRemedy, { where: { applicationId }, order: { id: 'ASC' } });
  }

  addRemedy(remedy: Omit<DisclosureRemedy, 'id'>): Promise<DisclosureRemedy> {
    return this.manager.save(this.manager.create(DisclosureRemedy, remedy));
  }

  /** Applications whose clock runs, for the reminder scan. */
  withRunningClock(statuses: DisclosureStatus[]): Promise<DisclosureApplication[]> {
    return this.manager.find(DisclosureApplication, {
      where: { status: In(statuses), dueOn: Not(IsNull()) },
      select: { id: true, caseNo: true, agencyId: true, dueOn: true, reminderQueuedFor: true, overdueQueuedFor: true },
      take: 1000,
    });
  }

  /** Claims the reminder or overdue alert for one due day; false when it was already queued (or the due day moved). */
  async claimNotice(id: number, column: 'reminderQueuedFor' | 'overdueQueuedFor', due: string): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(DisclosureApplication)
      .set({ [column]: due })
      .where(`id = :id AND dueOn = :due AND (${column} IS NULL OR ${column} <> :due)`, { id, due })
      .execute();
    return result.affected === 1;
  }
}

/** Reply letters and their numbering. */
export class DisclosureLetters {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Makes sure the agency's sequence row for the year exists. Called on its own, before the sending transaction, so
   * that the transaction itself only ever updates an existing row.
   */
  async ensureSequence(agencyId: number, year: number): Promise<void> {
    await this.manager.createQueryBuilder().insert().into(DisclosureLetterSequence).values({ agencyId, year, lastSerial: 0 }).orIgnore().execute();
  }

  /**
   * The next serial for an agency's letters of a year, inside the caller's transaction (after ensureSequence). The
   * increment takes the row's lock, so concurrent senders queue on it and the number commits or rolls back with the
   * letter: no gaps, no duplicates (the unique index on the letter is the last guard).
   */
  async nextLetterNumber(agencyId: number, year: number): Promise<number> {
    await this.manager
      .createQueryBuilder()
      .update(DisclosureLetterSequence)
      .set({ lastSerial: () => 'lastSerial + 1' })
      .where('agencyId = :agencyId AND year = :year', { agencyId, year })
      .execute();
    const row = await this.manager.findOneByOrFail(DisclosureLetterSequence, { agencyId, year });
    return row.lastSerial;
  }

  insert(letter: Omit<DisclosureReplyLetter, 'id'>): Promise<DisclosureReplyLetter> {
    return this.manager.save(this.manager.create(DisclosureReplyLetter, letter));
  }

  findForApplication(applicationId: number): Promise<DisclosureReplyLetter | null> {
    return this.manager.findOneBy(DisclosureReplyLetter, { applicationId });
  }
}

/** Notices queued in the outbox within the step's transaction: they go out only if the step commits. */
export interface QueuedNotices {
  enqueue(kind: OutboxKind, dedupeKey: string, recipientId: number, payload: CitizenNotice | StaffNotice): Promise<void>;
}
