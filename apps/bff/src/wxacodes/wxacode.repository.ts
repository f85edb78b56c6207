import type { WxacodeKind } from '@weimin/contracts';
import type { EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Interpretation } from '../interpretations/interpretation.entity';
import { Notice } from '../notices/notice.entity';
import type { SubjectState } from './wxacode-rules';
import { Wxacode } from './wxacode.entity';

/** The cached codes, and whether the item each would lead to is public, read through one EntityManager. */
export class Wxacodes {
  constructor(private readonly manager: EntityManager) {}

  find(kind: WxacodeKind, subjectId: number): Promise<Wxacode | null> {
    return this.manager.findOneBy(Wxacode, { kind, subjectId });
  }

  /** Keeps a code; when another request kept one for the same item first, theirs stays (both are WeChat's same code). */
  async keep(code: Wxacode): Promise<void> {
    await this.manager.createQueryBuilder().insert().into(Wxacode).values(code).orIgnore().execute();
  }

  async forget(kind: WxacodeKind, subjectId: number): Promise<void> {
    await this.manager.delete(Wxacode, { kind, subjectId });
  }

  /** Whether the item exists and whether the public can open it now (the same conditions as the public reads). */
  async subjectState(kind: WxacodeKind, id: number): Promise<SubjectState> {
    switch (kind) {
      case 'interpretation': {
        const item = await this.manager.findOne(Interpretation, { where: { id }, select: { id: true, status: true } });
        return !item ? 'missing' : item.status === 'published' ? 'public' : 'not_public';
      }
      case 'notice': {
        const item = await this.manager.findOne(Notice, { where: { id }, relations: { agency: true } });
        if (!item) return 'missing';
        return item.status === 'published' && item.agency?.active && item.agency.kind === 'public_enterprise' ? 'public' : 'not_public';
      }
      case 'unit': {
        const unit = await this.manager.findOneBy(Agency, { id });
        if (!unit || unit.kind !== 'public_enterprise') return 'missing';
        return unit.active ? 'public' : 'not_public';
      }
    }
  }
}
