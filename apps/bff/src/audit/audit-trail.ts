import type { AuditAction, AuditActorType } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import type { RepositoryOf } from '../database/unit-of-work';
import type { AuditLogs } from './audit-log.repository';

/** Where a request came from; kept on every audit row. */
export interface RequestOrigin {
  ip: string | null;
  traceId: string | null;
}

export interface AuditEvent {
  action: AuditAction;
  objectType?: string;
  objectId?: string | number;
  /** Why, in the actor's words (a return or withdrawal reason); never personal data. */
  reason?: string;
  /** The agency the event concerns, when it is not the actor's own. */
  agencyId?: number | null;
}

interface Actor extends RequestOrigin {
  actorType: AuditActorType;
  actorId: number | null;
  actorRoles: string | null;
  agencyId: number | null;
}

/**
 * Who did what, appended to the audit log it is bound to. Every store hands out one bound to its connection or transaction (database/unit-of-work.ts), so a change
 * and its audit row commit or fail together.
 */
export class AuditTrail {
  constructor(
    private readonly log: RepositoryOf<AuditLogs>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  recordStaff(caller: StaffCaller, event: AuditEvent): Promise<void> {
    return this.write(
      { actorType: 'staff', actorId: caller.id, actorRoles: caller.roles.join(','), agencyId: caller.agencyId, ip: caller.ip, traceId: caller.traceId },
      event,
    );
  }

  recordCitizen(caller: { id: number; ip: string | null; traceId: string | null }, event: AuditEvent): Promise<void> {
    return this.write({ actorType: 'citizen', actorId: caller.id, actorRoles: null, agencyId: null, ip: caller.ip, traceId: caller.traceId }, event);
  }

  recordSystem(event: AuditEvent): Promise<void> {
    return this.write({ actorType: 'system', actorId: null, actorRoles: null, agencyId: null, ip: null, traceId: null }, event);
  }

  recordAnonymous(origin: RequestOrigin, event: AuditEvent): Promise<void> {
    return this.write({ actorType: 'anonymous', actorId: null, actorRoles: null, agencyId: null, ...origin }, event);
  }

  /** For events about an account that has not signed in yet (a failed or locked sign-in). */
  recordForAccount(account: { id: number; roles: string[]; agencyId: number }, origin: RequestOrigin, event: AuditEvent): Promise<void> {
    return this.write({ actorType: 'staff', actorId: account.id, actorRoles: account.roles.join(','), agencyId: account.agencyId, ...origin }, event);
  }

  private write(actor: Actor, event: AuditEvent): Promise<void> {
    return this.log.append({
      at: this.now(),
      actorType: actor.actorType,
      actorId: actor.actorId,
      actorRoles: actor.actorRoles,
      agencyId: event.agencyId === undefined ? actor.agencyId : event.agencyId,
      action: event.action,
      objectType: event.objectType ?? null,
      objectId: event.objectId === undefined ? null : String(event.objectId),
      reason: event.reason ?? null,
      ip: actor.ip,
      traceId: actor.traceId,
    });
  }
}
