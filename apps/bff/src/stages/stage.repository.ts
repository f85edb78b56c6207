import type { Audience } from '@weimin/contracts';
import type { EntityManager } from 'typeorm';
import { LifeEventStage } from './life-event-stage.entity';

/** The 14 life-event stages, reference data every installation has (read-only here). */
export class StageRepository {
  constructor(private readonly manager: EntityManager) {}

  /** In the grids' order; with an audience, that audience's stages only. */
  listInOrder(audience?: Audience): Promise<LifeEventStage[]> {
    return this.manager.find(LifeEventStage, { where: audience ? { audience } : {}, order: { sortOrder: 'ASC' } });
  }
}
