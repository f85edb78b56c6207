import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffCaller } from '../auth/staff-principal';
import { AuditLogs } from './audit-log.repository';
import { AuditEvent, AuditTrail, RequestOrigin } from './audit-trail';

export type { AuditEvent, RequestOrigin } from './audit-trail';

/**
 * Writes audit rows inside the caller's transaction, for features whose services still hold an EntityManager. A
 * feature with its own store binds an AuditTrail to its transaction instead (see staff/staff.store.ts).
 */
@Injectable()
export class AuditService {
  /** The trail appending to the audit log through `manager` (one transaction, or the default connection). */
  trail(manager: EntityManager): AuditTrail {
    return new AuditTrail(new AuditLogs(manager));
  }

  recordStaff(manager: EntityManager, caller: StaffCaller, event: AuditEvent): Promise<void> {
    return this.trail(manager).recordStaff(caller, event);
  }

  recordCitizen(manager: EntityManager, caller: { id: number; ip: string | null; traceId: string | null }, event: AuditEvent): Promise<void> {
    return this.trail(manager).recordCitizen(caller, event);
  }

  recordSystem(manager: EntityManager, event: AuditEvent): Promise<void> {
    return this.trail(manager).recordSystem(event);
  }

  recordAnonymous(manager: EntityManager, origin: RequestOrigin, event: AuditEvent): Promise<void> {
    return this.trail(manager).recordAnonymous(origin, event);
  }

  recordForAccount(
    manager: EntityManager,
    account: { id: number; roles: string[]; agencyId: number },
    origin: RequestOrigin,
    event: AuditEvent,
  ): Promise<void> {
    return this.trail(manager).recordForAccount(account, origin, event);
  }
}
