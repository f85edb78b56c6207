import { Module } from '@nestjs/common';
import { SUBSCRIPTION_STORE_PROVIDER } from './subscription.store';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';

/** 订阅 (issue 16): citizens follow public enterprises and institutions; the outbox spends their grants. */
@Module({
  controllers: [SubscriptionsController],
  providers: [SUBSCRIPTION_STORE_PROVIDER, SubscriptionsService],
})
export class SubscriptionsModule {}
