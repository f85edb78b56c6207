import { Injectable } from '@nestjs/common';
import type { Audience, LifeEventStageView } from '@weimin/contracts';
import { StageStore } from './stage.store';

@Injectable()
export class StagesService {
  constructor(private readonly store: StageStore) {}

  async list(audience?: Audience): Promise<LifeEventStageView[]> {
    const rows = await this.store.repositories.stages.listInOrder(audience);
    return rows.map(({ code, audience: stageAudience, name, description }) => ({ code, audience: stageAudience, name, description }));
  }
}
