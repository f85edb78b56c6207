import type { SaveInterpretationRequest, StaffInterpretationView } from '@weimin/contracts';
import type { StaffSession } from './staff.factory';

let sequence = 0;

export function interpretationRequest(overrides: Partial<SaveInterpretationRequest> = {}): SaveInterpretationRequest {
  sequence += 1;
  return {
    title: `测试解读${sequence}：灵活就业人员参保补贴`,
    summary: '符合条件的灵活就业人员缴纳社会保险后，可以按规定申请社会保险补贴。',
    bodyHtml: '<p>补贴对象为登记失业后灵活就业的人员。</p><ul><li>每年申请一次</li><li>线上办理</li></ul>',
    stages: ['employment'],
    format: 'text',
    ...overrides,
  };
}

/** A draft created by `drafter` through the API (validated and audited like any other). */
export async function draftInterpretation(drafter: StaffSession, overrides: Partial<SaveInterpretationRequest> = {}): Promise<StaffInterpretationView> {
  const response = await drafter.request('/api/admin/interpretations', { method: 'POST', json: interpretationRequest(overrides) });
  if (response.status !== 201) throw new Error(`draft failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function step(session: StaffSession, id: number, action: string, json: unknown = {}): Promise<StaffInterpretationView> {
  const response = await session.request(`/api/admin/interpretations/${id}/${action}`, { method: 'POST', json });
  if (response.status !== 200) throw new Error(`${action} of ${id} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Drafted, submitted and approved at all three levels: published. */
export async function publishInterpretation(
  reviewers: { drafter: StaffSession; agencyHead: StaffSession; officeStaff: StaffSession; officeHead: StaffSession },
  overrides: Partial<SaveInterpretationRequest> = {},
): Promise<StaffInterpretationView> {
  const draft = await draftInterpretation(reviewers.drafter, overrides);
  await step(reviewers.drafter, draft.id, 'submit');
  await step(reviewers.agencyHead, draft.id, 'approve');
  await step(reviewers.officeStaff, draft.id, 'approve');
  return step(reviewers.officeHead, draft.id, 'approve');
}
