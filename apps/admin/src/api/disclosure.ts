import type {
  DisclosureAction,
  DisclosureChaseRequest,
  DisclosureCorrectedRequest,
  DisclosureCorrectionRequest,
  DisclosureDeliveryRequest,
  DisclosureExtensionDecision,
  DisclosureExtensionRequest,
  DisclosureListQuery,
  DisclosurePage,
  DisclosurePauseRequest,
  DisclosureRemedyRequest,
  DisclosureReplyDraft,
  DisclosureResumeRequest,
  DisclosureReturnReply,
  RegisterDisclosureRequest,
  RouteDisclosureRequest,
  StaffDisclosureView,
} from '@weimin/contracts';
import { download, request } from './client';

// 依申请公开 (docs/domain.md §5). Every action answers with the application as the caller now sees it; a 409 means it
// is in another state than the page showed (someone acted meanwhile): the page says so and reloads. Actions taken from
// a form pass `notify: false`: the form shows field errors and the message itself.

const BASE = '/admin/disclosure/applications';

export function listDisclosures(query: DisclosureListQuery, signal?: AbortSignal): Promise<DisclosurePage> {
  return request<DisclosurePage>(BASE, { query: { ...query }, signal });
}

/** Another agency's application is 404, exactly like one that does not exist (docs/security.md §8). */
export function getDisclosure(id: number, signal?: AbortSignal): Promise<StaffDisclosureView> {
  return request<StaffDisclosureView>(`${BASE}/${id}`, { signal });
}

/** 登记申请: one that came by letter, in person, by fax or email, with the channel's day of receipt. */
export function registerDisclosure(application: RegisterDisclosureRequest): Promise<StaffDisclosureView> {
  return request<StaffDisclosureView>(BASE, { method: 'POST', body: application, notify: false });
}

/** What each action posts; the path segment is the action's name (DisclosureAction). */
export interface DisclosureActionBodies {
  route: RouteDisclosureRequest;
  correction: DisclosureCorrectionRequest;
  corrected: DisclosureCorrectedRequest;
  'correction-lapsed': undefined;
  pause: DisclosurePauseRequest;
  resume: DisclosureResumeRequest;
  extension: DisclosureExtensionRequest;
  'extension-decision': DisclosureExtensionDecision;
  'reply-draft': DisclosureReplyDraft;
  'reply-approve': undefined;
  'reply-return': DisclosureReturnReply;
  delivery: DisclosureDeliveryRequest;
  remedy: DisclosureRemedyRequest;
  chase: DisclosureChaseRequest;
}

/** One step of the application (POST …/:id/<action>); the BFF checks the state and the caller's role. */
export function actOnDisclosure<A extends DisclosureAction>(id: number, action: A, body: DisclosureActionBodies[A]): Promise<StaffDisclosureView> {
  return request<StaffDisclosureView>(`${BASE}/${id}/${action}`, { method: 'POST', body, notify: false });
}

/** 答复书 (.docx), once the reply is approved and sent; each download is audited. */
export function downloadReplyLetter(id: number): Promise<{ blob: Blob; filename: string | null }> {
  return download(`${BASE}/${id}/letter`);
}

/** 一件一档: the whole case file as one .zip; it carries the applicant's data, so each download is audited. */
export function downloadCaseFile(id: number): Promise<{ blob: Blob; filename: string | null }> {
  return download(`${BASE}/${id}/case-file`);
}
