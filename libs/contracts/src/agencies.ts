/** 机构 kinds (docs/domain.md, People). The office (政务公开办) is itself an agency. */
export const AgencyKind = {
  Office: 'office',
  Department: 'department',
  Township: 'township',
  PublicEnterprise: 'public_enterprise',
} as const;
export type AgencyKind = (typeof AgencyKind)[keyof typeof AgencyKind];

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  office: '政务公开办',
  department: '政府部门',
  township: '乡镇街道',
  public_enterprise: '公共企事业单位',
};

/** Industries of public enterprises and institutions (国办发〔2020〕50号). */
export const Industry = {
  Education: 'education',
  Health: 'health',
  WaterSupply: 'water_supply',
  PowerSupply: 'power_supply',
  GasSupply: 'gas_supply',
  Heating: 'heating',
  Environment: 'environment',
  PublicTransport: 'public_transport',
} as const;
export type Industry = (typeof Industry)[keyof typeof Industry];

export const INDUSTRY_LABELS: Record<Industry, string> = {
  education: '教育',
  health: '卫生健康',
  water_supply: '供水',
  power_supply: '供电',
  gas_supply: '供气',
  heating: '供热',
  environment: '环保',
  public_transport: '公共交通',
};

export interface AgencyView {
  id: number;
  code: string;
  name: string;
  kind: AgencyKind;
  industry: Industry | null;
  description: string;
  /** Public service hotline of the agency, if it has one. */
  hotline: string | null;
}

export interface AgencyListQuery {
  kind?: AgencyKind;
  industry?: Industry;
}

/** The console's view: includes inactive agencies and bookkeeping. */
export interface AgencyAdminView extends AgencyView {
  active: boolean;
  sortOrder: number;
}

export interface CreateAgencyRequest {
  code: string;
  name: string;
  kind: AgencyKind;
  industry?: Industry | null;
  description?: string;
  hotline?: string | null;
  sortOrder?: number;
}

export interface UpdateAgencyRequest {
  name?: string;
  industry?: Industry | null;
  description?: string;
  hotline?: string | null;
  sortOrder?: number;
  active?: boolean;
}
