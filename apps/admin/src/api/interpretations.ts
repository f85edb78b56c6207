import type {
  CreatePolicyDocumentRequest,
  InterpretationSummary,
  Page,
  PolicyDocumentView,
  ReturnInterpretationRequest,
  ReviewDecisionRequest,
  SaveInterpretationRequest,
  StaffInterpretationQuery,
  StaffInterpretationSummary,
  StaffInterpretationView,
  WithdrawInterpretationRequest,
} from '@weimin/contracts';
import { request } from './client';

// 政策解读 (docs/domain.md §1). Every step answers with the item as the caller now sees it; a 409 means it moved on
// meanwhile (someone else reviewed it) and a 403 that this step is not the caller's (e.g. approving one's own draft).

export function listInterpretations(query: StaffInterpretationQuery, signal?: AbortSignal): Promise<Page<StaffInterpretationSummary>> {
  return request<Page<StaffInterpretationSummary>>('/admin/interpretations', { query: { ...query }, signal });
}

/** The caller's review level(s): 部门初审 for an agency head, 公开办审核 for office staff, 负责人审核 for the office head. */
export function reviewQueue(signal?: AbortSignal): Promise<StaffInterpretationSummary[]> {
  return request<StaffInterpretationSummary[]>('/admin/interpretations/queue', { signal });
}

/** Another agency's item is 404, exactly like one that does not exist (docs/security.md §8). */
export function getInterpretation(id: number, signal?: AbortSignal): Promise<StaffInterpretationView> {
  return request<StaffInterpretationView>(`/admin/interpretations/${id}`, { signal });
}

/** The BFF sanitises the body (docs/security.md §14). */
export function createInterpretation(body: SaveInterpretationRequest): Promise<StaffInterpretationView> {
  return request<StaffInterpretationView>('/admin/interpretations', { method: 'POST', body, notify: false });
}

export function updateInterpretation(id: number, body: SaveInterpretationRequest): Promise<StaffInterpretationView> {
  return request<StaffInterpretationView>(`/admin/interpretations/${id}`, { method: 'PUT', body, notify: false });
}

export function submitInterpretation(id: number): Promise<StaffInterpretationView> {
  return request<StaffInterpretationView>(`/admin/interpretations/${id}/submit`, { method: 'POST', body: {} });
}

export function approveInterpretation(id: number, body: ReviewDecisionRequest): Promise<StaffInterpretationView> {
  return request<StaffInterpretationView>(`/admin/interpretations/${id}/approve`, { method: 'POST', body, notify: false });
}

export function returnInterpretation(id: number, body: ReturnInterpretationRequest): Promise<StaffInterpretationView> {
  return request<StaffInterpretationView>(`/admin/interpretations/${id}/return`, { method: 'POST', body, notify: false });
}

export function withdrawInterpretation(id: number, body: WithdrawInterpretationRequest): Promise<StaffInterpretationView> {
  return request<StaffInterpretationView>(`/admin/interpretations/${id}/withdraw`, { method: 'POST', body, notify: false });
}

export function listPolicyDocuments(signal?: AbortSignal): Promise<PolicyDocumentView[]> {
  return request<PolicyDocumentView[]>('/admin/policy-documents', { signal });
}

export function createPolicyDocument(body: CreatePolicyDocumentRequest): Promise<PolicyDocumentView> {
  return request<PolicyDocumentView>('/admin/policy-documents', { method: 'POST', body, notify: false });
}

/** Published interpretations of every agency (the public list), to pick 相关解读 from. */
export function listPublishedInterpretations(signal?: AbortSignal): Promise<Page<InterpretationSummary>> {
  return request<Page<InterpretationSummary>>('/interpretations', { query: { pageSize: 100 }, signal });
}
