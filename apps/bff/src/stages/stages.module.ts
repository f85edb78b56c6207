import { Module } from '@nestjs/common';
import { STAGE_STORE_PROVIDER } from './stage.store';
import { StagesController } from './stages.controller';
import { StagesService } from './stages.service';

/** The 14 life-event stages (docs/domain.md §1). */
@Module({
  controllers: [StagesController],
  providers: [STAGE_STORE_PROVIDER, StagesService],
})
export class StagesModule {}
