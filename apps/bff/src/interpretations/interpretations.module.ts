import { Module } from '@nestjs/common';
import { TextModule } from '../common/text/text.module';
import { InterpretationFiguresService } from './interpretation-figures.service';
import { INTERPRETATION_STORE_PROVIDER } from './interpretation.store';
import { InterpretationsAdminController } from './interpretations-admin.controller';
import { InterpretationsAdminService } from './interpretations-admin.service';
import { InterpretationsController } from './interpretations.controller';
import { InterpretationsService } from './interpretations.service';
import { ViewCounter } from './view-counter';

@Module({
  imports: [TextModule],
  controllers: [InterpretationsController, InterpretationsAdminController],
  providers: [INTERPRETATION_STORE_PROVIDER, InterpretationsService, InterpretationsAdminService, InterpretationFiguresService, ViewCounter],
  // The statistics workbook carries these figures too; the public-read cache's hooks count views; 工作台 counts reviews.
  exports: [InterpretationFiguresService, ViewCounter, InterpretationsAdminService],
})
export class InterpretationsModule {}
