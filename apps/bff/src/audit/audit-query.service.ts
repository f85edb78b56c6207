import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntryView, AuditQuery, Page } from '@weimin/contracts';
import { DataSource } from 'typeorm';
import { startOfChinaDay, startOfNextChinaDay } from '../calendar/working-days';
import { assertPeriodOrder } from '../common/http/period-query.dto';
import { AuditLog } from './audit-log.entity';
import { toAuditEntryView } from './audit.mapper';

/** Searching the audit log (office and admin only; the access table says so). Newest first. */
@Injectable()
export class AuditQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(query: AuditQuery): Promise<Page<AuditEntryView>> {
    assertPeriodOrder(query.from, query.to);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const builder = this.dataSource.getRepository(AuditLog).createQueryBuilder('audit');
    if (query.action) builder.andWhere('audit.action = :action', { action: query.action });
    if (query.actorId) builder.andWhere('audit.actorId = :actorId', { actorId: query.actorId });
    if (query.agencyId) builder.andWhere('audit.agencyId = :agencyId', { agencyId: query.agencyId });
    if (query.objectType) builder.andWhere('audit.objectType = :objectType', { objectType: query.objectType });
    if (query.objectId) builder.andWhere('audit.objectId = :objectId', { objectId: query.objectId });
    if (query.from) builder.andWhere('audit.at >= :from', { from: startOfChinaDay(query.from) });
    if (query.to) builder.andWhere('audit.at < :to', { to: startOfNextChinaDay(query.to) });
    const [rows, total] = await builder
      .orderBy('audit.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(toAuditEntryView), total, page, pageSize };
  }
}
