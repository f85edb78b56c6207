import { Module } from '@nestjs/common';
import { TextModule } from '../common/text/text.module';
import { MessageRouter } from './message-router';
import { RoutingRulesAdminController } from './routing-rules-admin.controller';
import { RoutingRulesService } from './routing-rules.service';

@Module({
  imports: [TextModule],
  controllers: [RoutingRulesAdminController],
  providers: [RoutingRulesService, MessageRouter],
  exports: [MessageRouter],
})
export class RoutingModule {}
