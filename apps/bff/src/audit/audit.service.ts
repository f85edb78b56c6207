import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditActorType } from '@weimin/contracts';
import { EntityManager } from 'typeorm';
import type { StaffCaller } from '../auth/staff-principal';
import { AuditLog } from './audit-log.entity';

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
 * Writes audit rows inside the caller's transaction, so a change and its audit row commit or fail together.
 */
@Injectable()
export class AuditService {
  async recordStaff(manager: EntityManager, caller: StaffCaller, event: AuditEvent): Promise<void> {
    await this.write(
      manager,
      { actorType: 'staff', actorId: caller.id, actorRoles: caller.roles.join(','), agencyId: caller.agencyId, ip: caller.ip, traceId: caller.traceId },
      event,
    );
  }

  async recordCitizen(manager: EntityManager, caller: { id: number; ip: string | null; traceId: string | null }, event: AuditEvent): Promise<void> {
    await this.write(manager, { actorType: 'citizen', actorId: caller.id, actorRoles: null, agencyId: null, ip: caller.ip, traceId: caller.traceId }, event);
  }

  async recordSystem(manager: EntityManager, event: AuditEvent): Promise<void> {
    await this.write(manager, { actorType: 'system', actorId: null, actorRoles: null, agencyId: null, ip: null, traceId: null }, event);
  }

  async recordAnonymous(manager: EntityManager, origin: RequestOrigin, event: AuditEvent): Promise<void> {
    await this.write(manager, { actorType: 'anonymous', actorId: null, actorRoles: null, agencyId: null, ...origin }, event);
  }

  /** For events about an account that has not signed in yet (a failed or locked sign-in). */
  async recordForAccount(
    manager: EntityManager,
    account: { id: number; roles: string[]; agencyId: number },
    origin: RequestOrigin,
    event: AuditEvent,
  ): Promise<void> {
    await this.write(manager, { actorType: 'staff', actorId: account.id, actorRoles: account.roles.join(','), agencyId: account.agencyId, ...origin }, event);
  }

  private async write(manager: EntityManager, actor: Actor, event: AuditEvent): Promise<void> {
    await manager.insert(AuditLog, {
      at: new Date(),
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
