import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Audience, LifeEventStageView } from '@weimin/contracts';
import { Repository } from 'typeorm';
import { LifeEventStage } from './life-event-stage.entity';

@Injectable()
export class StagesService {
  constructor(@InjectRepository(LifeEventStage) private readonly stages: Repository<LifeEventStage>) {}

  async list(audience?: Audience): Promise<LifeEventStageView[]> {
    const rows = await this.stages.find({ where: audience ? { audience } : {}, order: { sortOrder: 'ASC' } });
    return rows.map(({ code, audience: stageAudience, name, description }) => ({ code, audience: stageAudience, name, description }));
  }
}
