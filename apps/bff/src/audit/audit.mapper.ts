import type { AuditEntryView } from '@weimin/contracts';
import type { AuditLog } from './audit-log.entity';

export function toAuditEntryView(row: AuditLog): AuditEntryView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorType: row.actorType,
    actorId: row.actorId,
    actorRoles: row.actorRoles,
    agencyId: row.agencyId,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    reason: row.reason,
    ip: row.ip,
    traceId: row.traceId,
  };
}
