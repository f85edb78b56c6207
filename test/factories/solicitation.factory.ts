import type { SaveSolicitationRequest, StaffSolicitationView } from '@weimin/contracts';
import type { StaffSession } from './staff.factory';

export function solicitationRequest(overrides: Partial<SaveSolicitationRequest> = {}): SaveSolicitationRequest {
  return {
    title: '临溪市城市公交线网优化方案（征求意见稿）',
    summary: '调整12条公交线路，新增2条社区微循环线路，公开征求市民意见。',
    bodyHtml: '<p>为方便市民出行，拟对以下线路进行调整：</p><ul><li>1路延伸至高铁站</li></ul>',
    questions: ['您对1路延伸有何意见？', '您希望微循环线路经过哪些小区？'],
    ...overrides,
  };
}

/** A draft of the drafter's agency, through the console's API. */
export async function draftSolicitation(drafter: StaffSession, overrides: Partial<SaveSolicitationRequest> = {}): Promise<StaffSolicitationView> {
  const response = await drafter.request('/api/admin/solicitations', { method: 'POST', json: solicitationRequest(overrides) });
  if (response.status !== 201) throw new Error(`draft failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as StaffSolicitationView;
}

/** Drafted, approved by the agency's head and by the office: open for opinions. */
export async function openSolicitation(
  { drafter, agencyHead, office }: { drafter: StaffSession; agencyHead: StaffSession; office: StaffSession },
  overrides: Partial<SaveSolicitationRequest> = {},
): Promise<StaffSolicitationView> {
  const draft = await draftSolicitation(drafter, overrides);
  const step = (session: StaffSession, action: string) => session.request(`/api/admin/solicitations/${draft.id}/${action}`, { method: 'POST', json: {} });
  await step(drafter, 'submit');
  await step(agencyHead, 'approve');
  const opened = await step(office, 'approve');
  if (opened.body.status !== 'open') throw new Error(`open failed: ${opened.status} ${JSON.stringify(opened.body)}`);
  return opened.body as StaffSolicitationView;
}
