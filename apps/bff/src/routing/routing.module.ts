import { Module } from '@nestjs/common';
import { MessageRouter } from './message-router';
import { RoutingRulesAdminController } from './routing-rules-admin.controller';
import { RoutingRulesService } from './routing-rules.service';
import { ROUTING_STORE_PROVIDER } from './routing.store';
import { Segmenter } from './segmenter';

@Module({
  controllers: [RoutingRulesAdminController],
  providers: [RoutingRulesService, Segmenter, MessageRouter, ROUTING_STORE_PROVIDER],
  exports: [Segmenter, MessageRouter],
})
export class RoutingModule {}
