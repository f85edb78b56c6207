import { Module } from '@nestjs/common';
import { DisclosureModule } from '../disclosure/disclosure.module';
import { InterpretationsModule } from '../interpretations/interpretations.module';
import { MessagesModule } from '../messages/messages.module';
import { SolicitationsModule } from '../solicitations/solicitations.module';
import { WorkbenchAdminController } from './workbench-admin.controller';
import { WorkbenchService } from './workbench.service';

@Module({
  imports: [MessagesModule, InterpretationsModule, DisclosureModule, SolicitationsModule],
  controllers: [WorkbenchAdminController],
  providers: [WorkbenchService],
})
export class WorkbenchModule {}
