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

/**
 * Where a picture or video is loaded from: an https URL as it is; a path this server serves (the demo's 图解 under
 * /h5/) from the BFF's origin, which in the H5 build is the page's own.
 */
export function mediaSource(url: string): string {
  if (!url.startsWith('/')) return url;
  return process.env.TARO_ENV === 'h5' ? url : `${WEIMIN_API_BASE}${url}`;
}
