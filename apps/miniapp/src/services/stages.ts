import type { Audience, LifeEventStageView } from '@weimin/contracts';
import { request } from './http';

export function listStages(audience?: Audience): Promise<LifeEventStageView[]> {
  return request<LifeEventStageView[]>('/stages', { query: { audience } });
}
