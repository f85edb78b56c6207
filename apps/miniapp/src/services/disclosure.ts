import type { CitizenCorrectionRequest, CreateDisclosureRequest, DisclosureSummary, MyDisclosureDetail, MyDisclosureView } from '@weimin/contracts';
import { request } from './http';

/**
 * 依申请公开: applies once per `idempotencyKey`, which the caller keeps and sends again on every retry until the server
 * answers (docs/security.md §18). Silent: the form shows the errors beside its fields.
 */
export function applyForDisclosure(body: CreateDisclosureRequest, idempotencyKey: string): Promise<MyDisclosureView> {
  return request<MyDisclosureView>('/disclosure/applications', {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    auth: true,
    silent: true,
  });
}

export function listMyDisclosures(): Promise<DisclosureSummary[]> {
  return request<DisclosureSummary[]>('/disclosure/applications/mine', { auth: true });
}

export function getMyDisclosure(id: number): Promise<MyDisclosureDetail> {
  return request<MyDisclosureDetail>(`/disclosure/applications/mine/${id}`, { auth: true });
}

/** The applicant's 补正, while one is asked. Silent: the form shows the errors beside its fields. */
export function correctMyDisclosure(id: number, body: CitizenCorrectionRequest): Promise<MyDisclosureDetail> {
  return request<MyDisclosureDetail>(`/disclosure/applications/mine/${id}/correction`, { method: 'POST', body, auth: true, silent: true });
}

/** Where the reply letter (.docx) of one's own application is downloaded from, signed in (see letter-download.ts). */
export const letterPath = (id: number) => `/disclosure/applications/mine/${id}/letter`;
