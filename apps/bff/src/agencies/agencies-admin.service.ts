import { Injectable } from '@nestjs/common';
import { AgencyAdminView, AuditAction, CreateAgencyRequest, UpdateAgencyRequest } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { toAgencyAdminView } from './agencies.mapper';
import { AgencyRefusal, agencyCreateRefusal, agencyDisableRefusal, industryFor } from './agency-rules';
import type { Agency } from './agency.entity';
import { AgencyStore } from './agency.store';

/** Agencies as the system admin manages them: every agency, active or not. */
@Injectable()
export class AgenciesAdminService {
  constructor(private readonly store: AgencyStore) {}

  async list(): Promise<AgencyAdminView[]> {
    const rows = await this.store.repositories.agencies.listAll();
    return rows.map(toAgencyAdminView);
  }

  async create(caller: StaffCaller, request: CreateAgencyRequest): Promise<AgencyAdminView> {
    const industry = industryOrRefuse(request.kind, request.industry ?? null);
    return this.store.transaction(async ({ agencies, audit }) => {
      refuse(agencyCreateRefusal(request.kind, { codeTaken: await agencies.codeTaken(request.code), officeExists: await agencies.officeExists() }));
      const agency = await agencies.insert({
        code: request.code,
        name: request.name,
        kind: request.kind,
        industry,
        description: request.description ?? '',
        hotline: request.hotline ?? null,
        sortOrder: request.sortOrder ?? 1000,
      });
      await audit.recordStaff(caller, { action: AuditAction.AgencyCreated, objectType: 'agency', objectId: agency.id, agencyId: agency.id });
      return toAgencyAdminView(agency);
    });
  }

  async update(caller: StaffCaller, id: number, request: UpdateAgencyRequest): Promise<AgencyAdminView> {
    return this.store.transaction(async ({ agencies, audit }) => {
      const agency = await agencies.findById(id);
      if (!agency) throw DomainException.notFound('机构');
      if (request.active === false) refuse(agencyDisableRefusal(agency));
      const industry = request.industry === undefined ? agency.industry : industryOrRefuse(agency.kind, request.industry);
      Object.assign(agency, {
        name: request.name ?? agency.name,
        industry,
        description: request.description ?? agency.description,
        hotline: request.hotline === undefined ? agency.hotline : request.hotline,
        sortOrder: request.sortOrder ?? agency.sortOrder,
        active: request.active ?? agency.active,
      });
      await agencies.save(agency);
      await audit.recordStaff(caller, {
        action: AuditAction.AgencyUpdated,
        objectType: 'agency',
        objectId: id,
        agencyId: id,
        reason: request.active === undefined ? undefined : request.active ? 'enabled' : 'disabled',
      });
      return toAgencyAdminView(agency);
    });
  }
}

function industryOrRefuse(kind: Agency['kind'], industry: Agency['industry']): Agency['industry'] {
  const result = industryFor(kind, industry);
  if ('refusal' in result) return refuse(result.refusal);
  return result.industry;
}

function refuse(refusal: AgencyRefusal): never;
function refuse(refusal: AgencyRefusal | null): void;
function refuse(refusal: AgencyRefusal | null): void {
  if (refusal) throw new DomainException(refusal.code, refusal.message, refusal.details);
}
