import { type EntityManager, In } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { Citizen } from '../../citizens/citizen.entity';
import { Interpretation } from '../../interpretations/interpretation.entity';
import { StaffAccount } from '../../staff/staff-account.entity';

/** What the messages feature reads of other features' aggregates (agencies, citizens, staff): names and a few facts, never writes. */
export class MessageDirectoryRepository {
  constructor(private readonly manager: EntityManager) {}

  findActiveAgency(id: number): Promise<Agency | null> {
    return this.manager.findOneBy(Agency, { id, active: true });
  }

  /** 就此政策咨询: a published interpretation's title and drafting agency, or null. */
  findPublishedInterpretation(id: number): Promise<Pick<Interpretation, 'id' | 'title' | 'agencyId'> | null> {
    return this.manager.findOne(Interpretation, { where: { id, status: 'published' }, select: { id: true, title: true, agencyId: true } });
  }

  /** The title of the interpretation a message asks about (any status: it may have been withdrawn since), or null. */
  async interpretationTitle(id: number | null): Promise<{ id: number; title: string } | null> {
    if (id === null) return null;
    const found = await this.manager.findOne(Interpretation, { where: { id }, select: { id: true, title: true } });
    return found ? { id: found.id, title: found.title } : null;
  }

  async officeAgencyId(): Promise<number | null> {
    return (await this.manager.findOneBy(Agency, { kind: 'office' }))?.id ?? null;
  }

  agencyNames(ids: ReadonlyArray<number | null>): Promise<Map<number, string>> {
    return this.names(Agency, ids, 'name');
  }

  staffNames(ids: ReadonlyArray<number | null>): Promise<Map<number, string>> {
    return this.names(StaffAccount, ids, 'displayName');
  }

  /** The phone the citizen bound through WeChat, encrypted, or null. */
  async citizenPhoneEncrypted(citizenId: number): Promise<string | null> {
    return (await this.manager.findOneByOrFail(Citizen, { id: citizenId })).phoneEncrypted ?? null;
  }

  private async names<T extends { id: number }>(entity: new () => T, ids: ReadonlyArray<number | null>, field: keyof T): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.manager.getRepository(entity).find({ where: { id: In(wanted) } as never });
    return new Map(rows.map((row) => [row.id, String(row[field])]));
  }
}
