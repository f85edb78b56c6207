/** Who a life-event stage is for: 个人 or 企业. */
export const Audience = {
  Personal: 'personal',
  Enterprise: 'enterprise',
} as const;
export type Audience = (typeof Audience)[keyof typeof Audience];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  personal: '个人',
  enterprise: '企业',
};

/** The 14 life-event stages (生命周期阶段) under which interpretations are filed (docs/domain.md §1). */
export const LifeEventStage = {
  Birth: 'birth',
  Education: 'education',
  Employment: 'employment',
  Work: 'work',
  SocialSecurity: 'social_security',
  Vehicles: 'vehicles',
  Housing: 'housing',
  Assistance: 'assistance',
  Retirement: 'retirement',
  Establishment: 'establishment',
  Hiring: 'hiring',
  Operations: 'operations',
  FeesAndTaxes: 'fees_taxes',
  Deregistration: 'deregistration',
} as const;
export type LifeEventStage = (typeof LifeEventStage)[keyof typeof LifeEventStage];

export interface LifeEventStageDefinition {
  code: LifeEventStage;
  audience: Audience;
  name: string;
}

/** In the order the mini-program's grids show them. */
export const LIFE_EVENT_STAGES: readonly LifeEventStageDefinition[] = [
  { code: 'birth', audience: 'personal', name: '出生' },
  { code: 'education', audience: 'personal', name: '学习' },
  { code: 'employment', audience: 'personal', name: '就业创业' },
  { code: 'work', audience: 'personal', name: '工作' },
  { code: 'social_security', audience: 'personal', name: '社保就医' },
  { code: 'vehicles', audience: 'personal', name: '车辆' },
  { code: 'housing', audience: 'personal', name: '住房' },
  { code: 'assistance', audience: 'personal', name: '救助' },
  { code: 'retirement', audience: 'personal', name: '退休养老' },
  { code: 'establishment', audience: 'enterprise', name: '企业开办' },
  { code: 'hiring', audience: 'enterprise', name: '用工招聘' },
  { code: 'operations', audience: 'enterprise', name: '生产经营' },
  { code: 'fees_taxes', audience: 'enterprise', name: '缴费纳税' },
  { code: 'deregistration', audience: 'enterprise', name: '破产注销' },
];

export interface LifeEventStageView extends LifeEventStageDefinition {
  /** One plain sentence telling a citizen what they will find under this stage. */
  description: string;
}
