import { Injectable } from '@nestjs/common';
import type { AgencyListQuery, AgencyView } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';
import { toAgencyView } from './agencies.mapper';
import { AgencyStore } from './agency.store';

@Injectable()
export class AgenciesService {
  constructor(private readonly store: AgencyStore) {}

  async listActive(query: AgencyListQuery): Promise<AgencyView[]> {
    const rows = await this.store.repositories.agencies.listActive({ kind: query.kind, industry: query.industry });
    return rows.map(toAgencyView);
  }

  async getActive(id: number): Promise<AgencyView> {
    const agency = await this.store.repositories.agencies.findActive(id);
    if (!agency) throw DomainException.notFound('机构');
    return toAgencyView(agency);
  }
}
