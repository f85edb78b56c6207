import type {
  Audience,
  InterpretationDetail,
  InterpretationFeedbackView,
  InterpretationLanguage,
  InterpretationSummary,
  LifeEventStage,
  Page,
} from '@weimin/contracts';
import { request } from './http';

export function listInterpretations(query: {
  audience?: Audience;
  stage?: LifeEventStage;
  page?: number;
  pageSize?: number;
}): Promise<Page<InterpretationSummary>> {
  return request<Page<InterpretationSummary>>('/interpretations', { query });
}

export function searchInterpretations(q: string, page = 1, pageSize = 10): Promise<Page<InterpretationSummary>> {
  return request<Page<InterpretationSummary>>('/interpretations/search', { query: { q, page, pageSize } });
}

/** Each fetch counts as one view on the server. */
export function getInterpretation(id: number, lang?: InterpretationLanguage): Promise<InterpretationDetail> {
  return request<InterpretationDetail>(`/interpretations/${id}`, { query: { lang } });
}

/** 有帮助 / 没帮助, once per citizen (a second answer is 409). */
export function sendFeedback(id: number, helpful: boolean): Promise<InterpretationFeedbackView> {
  return request<InterpretationFeedbackView>(`/interpretations/${id}/feedback`, { method: 'POST', body: { helpful }, auth: true, silent: true });
}
