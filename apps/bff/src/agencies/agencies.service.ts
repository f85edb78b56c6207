import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AgencyListQuery, AgencyView } from '@weimin/contracts';
import { Repository } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception';
import { toAgencyView } from './agencies.mapper';
import { Agency } from './agency.entity';

@Injectable()
export class AgenciesService {
  constructor(@InjectRepository(Agency) private readonly agencies: Repository<Agency>) {}

  async listActive(query: AgencyListQuery): Promise<AgencyView[]> {
    const rows = await this.agencies.find({
      where: { active: true, ...(query.kind && { kind: query.kind }), ...(query.industry && { industry: query.industry }) },
      order: { sortOrder: 'ASC', id: 'ASC' },
    });
    return rows.map(toAgencyView);
  }

  async getActive(id: number): Promise<AgencyView> {
    const agency = await this.agencies.findOneBy({ id, active: true });
    if (!agency) throw DomainException.notFound('机构');
    return toAgencyView(agency);
  }
}
