import type {
  HeldOpinionView,
  MarkOpinionRequest,
  OverdueSolicitationView,
  Page,
  ReturnSolicitationRequest,
  SaveSolicitationFeedbackRequest,
  SaveSolicitationRequest,
  SolicitationDecisionRequest,
  StaffOpinionView,
  StaffSolicitationQuery,
  StaffSolicitationSummary,
  StaffSolicitationView,
} from '@weimin/contracts';
import { request } from './client';

// 意见征集 (docs/domain.md §6). Every step answers with the item as the caller now sees it; a 409 means it moved on
// meanwhile (or the feedback is incomplete) and a 403 that the step is not the caller's (e.g. approving one's own draft).

const BASE = '/admin/solicitations';

/** Agency roles get their own agency's only; the office every agency's (`agencyId` narrows it). */
export function listSolicitations(query: StaffSolicitationQuery, signal?: AbortSignal): Promise<Page<StaffSolicitationSummary>> {
  return request<Page<StaffSolicitationSummary>>(BASE, { query: { ...query }, signal });
}

/** The caller's review levels, of solicitations and of their feedback: the agency head's, then the office's. */
export function solicitationQueue(signal?: AbortSignal): Promise<StaffSolicitationSummary[]> {
  return request<StaffSolicitationSummary[]>(`${BASE}/queue`, { signal });
}

/** 反馈逾期: closed ones still without published feedback 15 working days on, longest overdue first. */
export function overdueSolicitations(signal?: AbortSignal): Promise<OverdueSolicitationView[]> {
  return request<OverdueSolicitationView[]>(`${BASE}/overdue`, { signal });
}

/** Another agency's item is 404, exactly like one that does not exist (docs/security.md §8). */
export function getSolicitation(id: number, signal?: AbortSignal): Promise<StaffSolicitationView> {
  return request<StaffSolicitationView>(`${BASE}/${id}`, { signal });
}

export function listOpinions(id: number, signal?: AbortSignal): Promise<StaffOpinionView[]> {
  return request<StaffOpinionView[]>(`${BASE}/${id}/opinions`, { signal });
}

/** 待审核意见 (office): opinions moderation held, every solicitation's, oldest first. */
export function listHeldOpinions(signal?: AbortSignal): Promise<HeldOpinionView[]> {
  return request<HeldOpinionView[]>(`${BASE}/opinions/held`, { signal });
}

/** 放行 (office): a held opinion is shown from now on if the citizen allowed it; 409 if it is no longer held. */
export function releaseOpinion(opinionId: number): Promise<StaffOpinionView> {
  return request<StaffOpinionView>(`${BASE}/opinions/${opinionId}/release`, { method: 'POST', body: {} });
}

/** The BFF sanitises the draft's text (docs/security.md §14). */
export function createSolicitation(body: SaveSolicitationRequest): Promise<StaffSolicitationView> {
  return request<StaffSolicitationView>(BASE, { method: 'POST', body, notify: false });
}

export function updateSolicitation(id: number, body: SaveSolicitationRequest): Promise<StaffSolicitationView> {
  return request<StaffSolicitationView>(`${BASE}/${id}`, { method: 'PUT', body, notify: false });
}

export function submitSolicitation(id: number): Promise<StaffSolicitationView> {
  return request<StaffSolicitationView>(`${BASE}/${id}/submit`, { method: 'POST', body: {} });
}

export function approveSolicitation(id: number, body: SolicitationDecisionRequest): Promise<StaffSolicitationView> {
  return request<StaffSolicitationView>(`${BASE}/${id}/approve`, { method: 'POST', body, notify: false });
}

export function returnSolicitation(id: number, body: ReturnSolicitationRequest): Promise<StaffSolicitationView> {
  return request<StaffSolicitationView>(`${BASE}/${id}/return`, { method: 'POST', body, notify: false });
}

export function markOpinion(id: number, opinionId: number, body: MarkOpinionRequest): Promise<StaffOpinionView> {
  return request<StaffOpinionView>(`${BASE}/${id}/opinions/${opinionId}/mark`, { method: 'PUT', body, notify: false });
}

export function saveFeedback(id: number, body: SaveSolicitationFeedbackRequest): Promise<StaffSolicitationView> {
  return request<StaffSolicitationView>(`${BASE}/${id}/feedback`, { method: 'PUT', body, notify: false });
}

export function submitFeedback(id: number): Promise<StaffSolicitationView> {
  return request<StaffSolicitationView>(`${BASE}/${id}/feedback/submit`, { method: 'POST', body: {} });
}

export function approveFeedback(id: number, body: SolicitationDecisionRequest): Promise<StaffSolicitationView> {
  return request<StaffSolicitationView>(`${BASE}/${id}/feedback/approve`, { method: 'POST', body, notify: false });
}

export function returnFeedback(id: number, body: ReturnSolicitationRequest): Promise<StaffSolicitationView> {
  return request<StaffSolicitationView>(`${BASE}/${id}/feedback/return`, { method: 'POST', body, notify: false });
}
