import { Module } from '@nestjs/common';
import { TextModule } from '../common/text/text.module';
import { MessageRouter } from './message-router';
import { RoutingRulesAdminController } from './routing-rules-admin.controller';
import { RoutingRulesService } from './routing-rules.service';
import { ROUTING_STORE_PROVIDER } from './routing.store';

@Module({
  imports: [TextModule],
  controllers: [RoutingRulesAdminController],
  providers: [RoutingRulesService, MessageRouter, ROUTING_STORE_PROVIDER],
  exports: [MessageRouter],
})
export class RoutingModule {}
