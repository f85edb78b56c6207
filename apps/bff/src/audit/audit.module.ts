import { Global, Module } from '@nestjs/common';
import { AuditAdminController } from './audit-admin.controller';
import { AuditQueryService } from './audit-query.service';
import { AuditService } from './audit.service';
import { AuditStore } from './audit.store';

/** Global: every feature writes audit rows. */
@Global()
@Module({
  controllers: [AuditAdminController],
  providers: [AuditService, AuditStore, AuditQueryService],
  exports: [AuditService],
})
export class AuditModule {}
