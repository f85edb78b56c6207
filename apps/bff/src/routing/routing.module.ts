import { Module } from '@nestjs/common';
import { Segmenter } from '../common/text/segmenter';
import { MessageRouter } from './message-router';
import { RoutingRulesAdminController } from './routing-rules-admin.controller';
import { RoutingRulesService } from './routing-rules.service';

@Module({
  controllers: [RoutingRulesAdminController],
  providers: [RoutingRulesService, Segmenter, MessageRouter],
  exports: [Segmenter, MessageRouter],
})
export class RoutingModule {}
