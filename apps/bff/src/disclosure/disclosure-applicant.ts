import type { DisclosureAction, DisclosureStatus, MyDisclosureStep } from '@weimin/contracts';
import type { DisclosureEvent } from './disclosure-event.entity';

/** A step of the history as far as the notice and the applicant's view need it. */
export interface StepFacts {
  action: DisclosureAction | 'submit' | 'register' | 'citizen-corrected';
  fromStatus: DisclosureStatus | null;
  toStatus: DisclosureStatus | null;
  reason: string | null;
}

/**
 * The subscribe message a step sends the applicant (issue 12 point 12): accepted, 补正 asked, extension approved, reply
 * sent. The status phrase only (WeChat's `phrase` fields take at most 5 characters); with the case number it is all
 * the template carries, never names or numbers (docs/security.md §5). Null: nothing to tell.
 */
export function applicantNotice(step: StepFacts): string | null {
  if (step.toStatus === 'handling' && (step.action === 'submit' || step.action === 'route')) return '已受理';
  if (step.action === 'correction') return '需补正';
  if (step.action === 'extension-decision' && step.reason?.startsWith('同意')) return '已延期';
  if (step.action === 'reply-approve' && step.toStatus === 'replied') return '已答复';
  return null;
}

/** What the applicant sees of each step; steps that stay inside the administration (drafts, returns, 催办) are absent. */
const LABELS: Partial<Record<StepFacts['action'], (step: StepFacts) => { label: string; detail: string | null } | null>> = {
  submit: () => ({ label: '在线提交申请', detail: null }),
  register: () => ({ label: '申请已登记', detail: null }),
  route: () => ({ label: '已转交承办单位办理', detail: null }),
  correction: (step) => ({ label: '请补正申请', detail: step.reason }),
  corrected: () => ({ label: '补正已收到，重新计算答复期限', detail: null }),
  'citizen-corrected': () => ({ label: '已在线补正，重新计算答复期限', detail: null }),
  'correction-lapsed': () => ({ label: '逾期未补正，不再处理', detail: null }),
  pause: () => ({ label: '征求意见，暂停计时', detail: null }),
  resume: () => ({ label: '恢复计时', detail: null }),
  'extension-decision': (step) => (step.reason?.startsWith('同意') ? { label: '答复期限已延长', detail: null } : null),
  'reply-approve': (step) => (step.toStatus === 'replied' ? { label: '已答复', detail: step.reason } : null),
  delivery: () => ({ label: '答复已送达', detail: null }),
};

export function applicantSteps(events: readonly DisclosureEvent[]): MyDisclosureStep[] {
  return events.flatMap((event) => {
    const shown = LABELS[event.action as StepFacts['action']]?.({ ...event, action: event.action as StepFacts['action'] });
    return shown ? [{ at: event.at.toISOString(), ...shown }] : [];
  });
}
