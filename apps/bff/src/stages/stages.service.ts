import { Inject, Injectable } from '@nestjs/common';
import type { Audience, LifeEventStageView } from '@weimin/contracts';
import { StageRepository, type StageRepositoryPort } from './stage.repository';

@Injectable()
export class StagesService {
  constructor(@Inject(StageRepository) private readonly stages: StageRepositoryPort) {}

  async list(audience?: Audience): Promise<LifeEventStageView[]> {
    const rows = await this.stages.listInOrder(audience);
    return rows.map(({ code, audience: stageAudience, name, description }) => ({ code, audience: stageAudience, name, description }));
  }
}
