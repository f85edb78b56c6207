import { Module } from '@nestjs/common';
import { OutboxAdminController } from './outbox-admin.controller';
import { OutboxService } from './outbox.service';

@Module({
  controllers: [OutboxAdminController],
  providers: [OutboxService],
  exports: [OutboxService],
})
export class OutboxModule {}
