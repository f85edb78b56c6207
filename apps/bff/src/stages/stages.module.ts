import { Module } from '@nestjs/common';
import { StageRepository } from './stage.repository';
import { StagesController } from './stages.controller';
import { StagesService } from './stages.service';

/** The 14 life-event stages (docs/domain.md §1). */
@Module({
  controllers: [StagesController],
  providers: [StageRepository, StagesService],
})
export class StagesModule {}
