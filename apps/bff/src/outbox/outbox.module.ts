import { Module } from '@nestjs/common';
import { OutboxAdminController } from './outbox-admin.controller';
import { OutboxService } from './outbox.service';
import { OUTBOX_STORE_PROVIDER } from './outbox.store';

@Module({
  controllers: [OutboxAdminController],
  providers: [OutboxService, OUTBOX_STORE_PROVIDER],
  exports: [OutboxService],
})
export class OutboxModule {}
