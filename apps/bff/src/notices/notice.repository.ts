import type { Industry, NoticeSection, NoticeStatus } from '@weimin/contracts';
import { type EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { StaffAccount } from '../staff/staff-account.entity';
import { NoticeReminder } from './notice-reminder.entity';
import { Notice } from './notice.entity';

export interface NoticeListFilter {
  /** Limit to one unit (agency roles always are). */
  scope?: number;
  agencyId?: number;
  section?: NoticeSection;
  status?: NoticeStatus;
  limit: number;
  offset: number;
}

/** The newest published notice of one unit's section. */
export interface NewestNotice {
  agencyId: number;
  section: NoticeSection;
  lastPublishedAt: Date | null;
}

/** Published notices of one unit and section in a period. */
export interface PublishedCount {
  agencyId: number;
  agencyName: string;
  section: NoticeSection;
  count: number;
}

/** Notices and the units that publish them, read and written through one EntityManager. */
export class Notices {
  constructor(private readonly manager: EntityManager) {}

  /** One page, newest first, each with its unit. */
  async page(filter: NoticeListFilter): Promise<{ items: Notice[]; total: number }> {
    const query = this.manager.createQueryBuilder(Notice, 'notice').innerJoinAndSelect('notice.agency', 'agency');
    if (filter.scope !== undefined) query.andWhere('notice.agencyId = :scope', { scope: filter.scope });
    if (filter.agencyId) query.andWhere('notice.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.section) query.andWhere('notice.section = :section', { section: filter.section });
    if (filter.status) query.andWhere('notice.status = :status', { status: filter.status });
    const [items, total] = await query
      .orderBy('notice.publishedAt', 'DESC')
      .addOrderBy('notice.id', 'DESC')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    return { items, total };
  }

  /** The notice with its unit if the caller may see it: agency roles only their own unit's (another's is "not found"). */
  findForAgency(id: number, scope: number | undefined): Promise<Notice | null> {
    return this.manager.findOne(Notice, { where: { id, ...(scope !== undefined && { agencyId: scope }) }, relations: { agency: true } });
  }

  /** A published notice of an active public enterprise, with its unit: what citizens may read. */
  findPublic(id: number): Promise<Notice | null> {
    return this.manager
      .createQueryBuilder(Notice, 'notice')
      .innerJoinAndSelect('notice.agency', 'agency')
      .where('notice.id = :id', { id })
      .andWhere('notice.status = :published', { published: 'published' })
      .andWhere('agency.active = :active', { active: true })
      .andWhere('agency.kind = :kind', { kind: 'public_enterprise' })
      .getOne();
  }

  /** A unit's published notices, newest first, without their bodies. */
  publishedOfUnit(agencyId: number): Promise<Notice[]> {
    return this.manager.find(Notice, {
      where: { agencyId, status: 'published' },
      select: { id: true, agencyId: true, section: true, title: true, publishedAt: true, validFrom: true, validUntil: true },
      order: { publishedAt: 'DESC', id: 'DESC' },
    });
  }

  async insert(notice: Omit<Notice, 'id' | 'agency' | 'version' | 'withdrawnAt' | 'withdrawReason'>): Promise<number> {
    const { identifiers } = await this.manager.insert(Notice, notice);
    return Number(identifiers[0].id);
  }

  /** Applies the change only if nobody changed the notice since it was read; false otherwise. */
  async updateIfUnchanged(notice: Pick<Notice, 'id' | 'version'>, changes: Partial<Notice>): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(Notice)
      .set(changes)
      .where('id = :id AND version = :version', { id: notice.id, version: notice.version })
      .execute();
    return result.affected === 1;
  }

  /** An active public enterprise (a unit citizens may read). */
  findActiveUnit(id: number): Promise<Agency | null> {
    return this.manager.findOneBy(Agency, { id, kind: 'public_enterprise', active: true });
  }

  /** Every active public enterprise, in the units' display order. */
  activeUnits(industry?: Industry): Promise<Agency[]> {
    return this.manager.find(Agency, {
      where: { kind: 'public_enterprise', active: true, ...(industry && { industry }) },
      order: { sortOrder: 'ASC', id: 'ASC' },
    });
  }

  /** The newest published notice per unit and section (sections without one are absent): what freshness is counted from. */
  async newestPublished(unitIds: number[]): Promise<NewestNotice[]> {
    if (unitIds.length === 0) return [];
    const rows = await this.manager
      .createQueryBuilder(Notice, 'notice')
      .select('notice.agencyId', 'agencyId')
      .addSelect('notice.section', 'section')
      .addSelect('MAX(notice.publishedAt)', 'lastPublishedAt')
      .where('notice.status = :published', { published: 'published' })
      .andWhere('notice.agencyId IN (:...ids)', { ids: unitIds })
      .groupBy('notice.agencyId')
      .addGroupBy('notice.section')
      .getRawMany<{ agencyId: number | string; section: NoticeSection; lastPublishedAt: Date | string | null }>();
    return rows.map((row) => ({ agencyId: Number(row.agencyId), section: row.section, lastPublishedAt: toDate(row.lastPublishedAt) }));
  }

  /** Published notices per unit and section with `start <= publishedAt < end`, by unit id then section. */
  async publishedCounts(start: Date, end: Date): Promise<PublishedCount[]> {
    const rows = await this.manager
      .createQueryBuilder(Notice, 'notice')
      .innerJoin('notice.agency', 'agency')
      .select('notice.agencyId', 'agencyId')
      .addSelect('agency.name', 'agencyName')
      .addSelect('notice.section', 'section')
      .addSelect('COUNT(*)', 'count')
      .where('notice.status = :published', { published: 'published' })
      .andWhere('notice.publishedAt >= :start AND notice.publishedAt < :end', { start, end })
      .groupBy('notice.agencyId')
      .addGroupBy('agency.name')
      .addGroupBy('notice.section')
      .orderBy('notice.agencyId', 'ASC')
      .addOrderBy('notice.section', 'ASC')
      .getRawMany<{ agencyId: number | string; agencyName: string; section: NoticeSection; count: number | string }>();
    return rows.map((row) => ({ agencyId: Number(row.agencyId), agencyName: row.agencyName, section: row.section, count: Number(row.count) }));
  }

  /** Display names of the staff who wrote notices. */
  async authorNames(ids: Array<number | null>): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.manager.find(StaffAccount, { where: { id: In(wanted) }, select: { id: true, displayName: true } });
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }
}

/** Update reminders already sent, one per unit, section and stale period. */
export class NoticeReminders {
  constructor(private readonly manager: EntityManager) {}

  /** When each of these stale periods was reminded (periods not reminded yet are absent). */
  async remindedAt(periodKeys: string[]): Promise<Map<string, Date>> {
    if (periodKeys.length === 0) return new Map();
    const rows = await this.manager.find(NoticeReminder, { where: { periodKey: In(periodKeys) }, select: { periodKey: true, remindedAt: true } });
    return new Map(rows.map((row) => [row.periodKey, row.remindedAt]));
  }

  /** Records a reminder; a second one for the same period fails on the unique `periodKey` (isUniqueViolation). */
  async insert(reminder: Omit<NoticeReminder, 'id'>): Promise<void> {
    await this.manager.insert(NoticeReminder, reminder);
  }
}

/** MAX() comes back as a Date (MySQL) or as the stored text (SQLite, UTC without a zone). */
function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
