import type { AuditAction, AuditActorType } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only (docs/security.md §21): the migration adds triggers that refuse UPDATE and DELETE on this table.
 * IDs only, never names, phones or message text.
 */
@Entity('audit_log')
@Index('idx_audit_log_at', ['at'])
@Index('idx_audit_log_action_at', ['action', 'at'])
@Index('idx_audit_log_agency_at', ['agencyId', 'at'])
@Index('idx_audit_log_object', ['objectType', 'objectId'])
export class AuditLog {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'datetime' })
  at: Date;

  @Column({ type: 'varchar', length: 16 })
  actorType: AuditActorType;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  /** The actor's roles at the time, comma-separated. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  actorRoles: string | null;

  @Column({ type: 'int', nullable: true })
  agencyId: number | null;

  @Column({ type: 'varchar', length: 48 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 32, nullable: true })
  objectType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  objectId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  traceId: string | null;
}
