import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyAdminView, AuditAction, CreateAgencyRequest, ErrorCode, UpdateAgencyRequest } from '@weimin/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { toAgencyAdminView } from './agencies.mapper';
import { Agency } from './agency.entity';

/** Agencies as the system admin manages them: every agency, active or not. */
@Injectable()
export class AgenciesAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<AgencyAdminView[]> {
    const rows = await this.dataSource.getRepository(Agency).find({ order: { sortOrder: 'ASC', id: 'ASC' } });
    return rows.map(toAgencyAdminView);
  }

  async create(caller: StaffCaller, request: CreateAgencyRequest): Promise<AgencyAdminView> {
    const industry = this.industryFor(request.kind, request.industry ?? null);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Agency, { code: request.code })) {
        throw new DomainException(ErrorCode.Conflict, '机构代码已被使用', [{ field: 'code', messages: ['机构代码已被使用'] }]);
      }
      if (request.kind === 'office' && (await manager.existsBy(Agency, { kind: 'office' }))) {
        throw new DomainException(ErrorCode.Conflict, '政务公开办只能有一个');
      }
      const agency = await manager.save(
        manager.create(Agency, {
          code: request.code,
          name: request.name,
          kind: request.kind,
          industry,
          description: request.description ?? '',
          hotline: request.hotline ?? null,
          sortOrder: request.sortOrder ?? 1000,
        }),
      );
      await this.audit.recordStaff(manager, caller, { action: AuditAction.AgencyCreated, objectType: 'agency', objectId: agency.id, agencyId: agency.id });
      return toAgencyAdminView(agency);
    });
  }

  async update(caller: StaffCaller, id: number, request: UpdateAgencyRequest): Promise<AgencyAdminView> {
    return this.dataSource.transaction(async (manager) => {
      const agency = await manager.findOneBy(Agency, { id });
      if (!agency) throw DomainException.notFound('机构');
      if (request.active === false && agency.kind === 'office') throw new DomainException(ErrorCode.Conflict, '政务公开办不能停用');
      const industry = request.industry === undefined ? agency.industry : this.industryFor(agency.kind, request.industry);
      Object.assign(agency, {
        name: request.name ?? agency.name,
        industry,
        description: request.description ?? agency.description,
        hotline: request.hotline === undefined ? agency.hotline : request.hotline,
        sortOrder: request.sortOrder ?? agency.sortOrder,
        active: request.active ?? agency.active,
      });
      await manager.save(agency);
      await this.audit.recordStaff(manager, caller, {
        action: AuditAction.AgencyUpdated,
        objectType: 'agency',
        objectId: id,
        agencyId: id,
        reason: request.active === undefined ? undefined : request.active ? 'enabled' : 'disabled',
      });
      return toAgencyAdminView(agency);
    });
  }

  /** Only public enterprises and institutions have an industry, and they must have one. */
  private industryFor(kind: Agency['kind'], industry: Agency['industry']): Agency['industry'] {
    if (kind === 'public_enterprise' && !industry) {
      throw new DomainException(ErrorCode.ValidationFailed, '公共企事业单位须选择行业', [{ field: 'industry', messages: ['公共企事业单位须选择行业'] }]);
    }
    return kind === 'public_enterprise' ? industry : null;
  }
}
