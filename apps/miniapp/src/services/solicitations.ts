import type { CreateOpinionRequest, MyOpinionView, Page, SolicitationDetail, SolicitationQuery, SolicitationSummary } from '@weimin/contracts';
import { request } from './http';

/** 意见征集: drafts put to the public; open ones take opinions, finished ones carry the 采纳情况反馈 once published. */
export function listSolicitations(query: SolicitationQuery = {}): Promise<Page<SolicitationSummary>> {
  return request<Page<SolicitationSummary>>('/solicitations', { query: { ...query } });
}

export function getSolicitation(id: number): Promise<SolicitationDetail> {
  return request<SolicitationDetail>(`/solicitations/${id}`);
}

/**
 * Sends an opinion. As for a message, the caller makes `idempotencyKey` once per submission and sends it again on
 * every retry until the server answers, so a lost answer never makes a second opinion. Silent: the form shows errors.
 */
export function submitOpinion(solicitationId: number, body: CreateOpinionRequest, idempotencyKey: string): Promise<MyOpinionView> {
  return request<MyOpinionView>(`/solicitations/${solicitationId}/opinions`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    auth: true,
    silent: true,
  });
}

/** 我的意见: every opinion the citizen sent, with the agency's mark once the feedback is published. */
export function listMyOpinions(): Promise<MyOpinionView[]> {
  return request<MyOpinionView[]>('/solicitations/opinions/mine', { auth: true });
}
