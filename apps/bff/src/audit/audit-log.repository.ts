import type { AuditAction } from '@weimin/contracts';
import type { EntityManager } from 'typeorm';
import { AuditLog } from './audit-log.entity';

export type NewAuditEntry = Omit<AuditLog, 'id'>;

export interface AuditLogFilter {
  action?: AuditAction;
  actorId?: number;
  agencyId?: number;
  objectType?: string;
  objectId?: string;
  /** From this instant on. */
  from?: Date;
  /** Before this instant. */
  before?: Date;
  limit: number;
  offset: number;
}

/** The audit log (docs/security.md §21): rows are appended and searched, never changed. */
export class AuditLogs {
  constructor(private readonly manager: EntityManager) {}

  async append(entry: NewAuditEntry): Promise<void> {
    await this.manager.insert(AuditLog, entry);
  }

  /** Newest first, with the number of rows the filter matches. */
  async search(filter: AuditLogFilter): Promise<{ rows: AuditLog[]; total: number }> {
    const builder = this.manager.createQueryBuilder(AuditLog, 'audit');
    if (filter.action) builder.andWhere('audit.action = :action', { action: filter.action });
    if (filter.actorId) builder.andWhere('audit.actorId = :actorId', { actorId: filter.actorId });
    if (filter.agencyId) builder.andWhere('audit.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.objectType) builder.andWhere('audit.objectType = :objectType', { objectType: filter.objectType });
    if (filter.objectId) builder.andWhere('audit.objectId = :objectId', { objectId: filter.objectId });
    if (filter.from) builder.andWhere('audit.at >= :from', { from: filter.from });
    if (filter.before) builder.andWhere('audit.at < :before', { before: filter.before });
    const [rows, total] = await builder.orderBy('audit.id', 'DESC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { rows, total };
  }
}
