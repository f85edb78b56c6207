import type { AgencyKind, Industry } from '@weimin/contracts';
import { type EntityManager, In } from 'typeorm';
import { Agency } from './agency.entity';

export interface ActiveAgencyFilter {
  kind?: AgencyKind;
  industry?: Industry;
}

/** Agencies (机构), read and written through one EntityManager. Every feature that needs an agency asks here. */
export class Agencies {
  constructor(private readonly manager: EntityManager) {}

  findById(id: number): Promise<Agency | null> {
    return this.manager.findOneBy(Agency, { id });
  }

  /** The agency if it exists and is not disabled: what an account, an application or a message may be given to. */
  findActive(id: number): Promise<Agency | null> {
    return this.manager.findOneBy(Agency, { id, active: true });
  }

  /** 政务公开办: there is at most one. */
  findOffice(): Promise<Agency | null> {
    return this.manager.findOneBy(Agency, { kind: 'office' });
  }

  /** Every agency, active or not, in the console's order. */
  listAll(): Promise<Agency[]> {
    return this.manager.find(Agency, { order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  listActive(filter: ActiveAgencyFilter): Promise<Agency[]> {
    return this.manager.find(Agency, {
      where: { active: true, ...(filter.kind && { kind: filter.kind }), ...(filter.industry && { industry: filter.industry }) },
      order: { sortOrder: 'ASC', id: 'ASC' },
    });
  }

  codeTaken(code: string): Promise<boolean> {
    return this.manager.existsBy(Agency, { code });
  }

  officeExists(): Promise<boolean> {
    return this.manager.existsBy(Agency, { kind: 'office' });
  }

  insert(agency: Omit<Agency, 'id' | 'active' | 'createdAt' | 'updatedAt'>): Promise<Agency> {
    return this.manager.save(this.manager.create(Agency, agency));
  }

  save(agency: Agency): Promise<Agency> {
    return this.manager.save(agency);
  }

  /** id → code of the given agencies. */
  async codesOf(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.manager.find(Agency, { where: { id: In(ids) }, select: { id: true, code: true } });
    return new Map(rows.map((a) => [a.id, a.code]));
  }

  /** id → name of the given agencies; nulls and repeats are skipped. */
  async namesOf(ids: (number | null)[]): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.manager.find(Agency, { where: { id: In(wanted) }, select: { id: true, name: true } });
    return new Map(rows.map((a) => [a.id, a.name]));
  }
}
