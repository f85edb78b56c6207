import { Module } from '@nestjs/common';
import { RoutingRulesAdminController } from './routing-rules-admin.controller';
import { RoutingRulesService } from './routing-rules.service';
import { Segmenter } from './segmenter';

@Module({
  controllers: [RoutingRulesAdminController],
  providers: [RoutingRulesService, Segmenter],
  exports: [Segmenter],
})
export class RoutingModule {}
