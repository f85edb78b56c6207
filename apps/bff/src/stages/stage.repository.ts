import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Audience } from '@weimin/contracts';
import { DataSource } from 'typeorm';
import { LifeEventStage } from './life-event-stage.entity';

/** The 14 life-event stages, reference data every installation has (read-only here). */
@Injectable()
export class StageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** In the grids' order; with an audience, that audience's stages only. */
  listInOrder(audience?: Audience): Promise<LifeEventStage[]> {
    return this.dataSource.manager.find(LifeEventStage, { where: audience ? { audience } : {}, order: { sortOrder: 'ASC' } });
  }
}

/** What the service uses of the repository, so a spec can hand in an in-memory one. */
export type StageRepositoryPort = Pick<StageRepository, keyof StageRepository>;
