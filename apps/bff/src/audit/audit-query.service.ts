import { Injectable } from '@nestjs/common';
import type { AuditEntryView, AuditQuery, Page } from '@weimin/contracts';
import { startOfChinaDay, startOfNextChinaDay } from '../calendar/working-days';
import { assertPeriodOrder } from '../common/http/period-query.dto';
import { toAuditEntryView } from './audit.mapper';
import { AuditStore } from './audit.store';

/** Searching the audit log (office and admin only; the access table says so). Newest first. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly store: AuditStore) {}

  async search(query: AuditQuery): Promise<Page<AuditEntryView>> {
    assertPeriodOrder(query.from, query.to);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { rows, total } = await this.store.repositories.logs.search({
      action: query.action,
      actorId: query.actorId,
      agencyId: query.agencyId,
      objectType: query.objectType,
      objectId: query.objectId,
      from: query.from ? startOfChinaDay(query.from) : undefined,
      before: query.to ? startOfNextChinaDay(query.to) : undefined,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: rows.map(toAuditEntryView), total, page, pageSize };
  }
}
