import { Global, Module } from '@nestjs/common';
import { AuditAdminController } from './audit-admin.controller';
import { AuditQueryService } from './audit-query.service';
import { AuditService } from './audit.service';

/** Global: every feature writes audit rows. */
@Global()
@Module({
  controllers: [AuditAdminController],
  providers: [AuditService, AuditQueryService],
  exports: [AuditService],
})
export class AuditModule {}
