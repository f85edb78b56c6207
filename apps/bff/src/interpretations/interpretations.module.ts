import { Module } from '@nestjs/common';
import { TextModule } from '../common/text/text.module';
import { InterpretationFiguresService } from './interpretation-figures.service';
import { InterpretationStore } from './interpretation.repository';
import { InterpretationsAdminController } from './interpretations-admin.controller';
import { InterpretationsAdminService } from './interpretations-admin.service';
import { InterpretationsController } from './interpretations.controller';
import { InterpretationsService } from './interpretations.service';

@Module({
  imports: [TextModule],
  controllers: [InterpretationsController, InterpretationsAdminController],
  providers: [InterpretationStore, InterpretationsService, InterpretationsAdminService, InterpretationFiguresService],
  // The statistics workbook carries these figures too.
  exports: [InterpretationFiguresService, InterpretationsAdminService],
})
export class InterpretationsModule {}
