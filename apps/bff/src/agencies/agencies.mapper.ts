import type { AgencyAdminView, AgencyView } from '@weimin/contracts';
import type { Agency } from './agency.entity';

export function toAgencyView(agency: Agency): AgencyView {
  return {
    id: agency.id,
    code: agency.code,
    name: agency.name,
    kind: agency.kind,
    industry: agency.industry,
    description: agency.description,
    hotline: agency.hotline,
  };
}

export function toAgencyAdminView(agency: Agency): AgencyAdminView {
  return { ...toAgencyView(agency), active: agency.active, sortOrder: agency.sortOrder };
}
