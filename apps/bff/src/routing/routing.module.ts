import { Module } from '@nestjs/common';
import { MessageRouter } from './message-router';
import { RoutingRulesAdminController } from './routing-rules-admin.controller';
import { RoutingRulesService } from './routing-rules.service';
import { Segmenter } from './segmenter';

@Module({
  controllers: [RoutingRulesAdminController],
  providers: [RoutingRulesService, Segmenter, MessageRouter],
  exports: [Segmenter, MessageRouter],
})
export class RoutingModule {}
