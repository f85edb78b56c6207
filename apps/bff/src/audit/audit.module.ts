import { Module } from '@nestjs/common';
import { AuditAdminController } from './audit-admin.controller';
import { AuditQueryService } from './audit-query.service';
import { AUDIT_STORE_PROVIDER } from './audit.store';

/** The audit log's search. Every feature writes audit rows through its own transaction (database/unit-of-work.ts). */
@Module({
  controllers: [AuditAdminController],
  providers: [AUDIT_STORE_PROVIDER, AuditQueryService],
})
export class AuditModule {}
