import type { DisclosureStatus } from '@weimin/contracts';

/** The tag's colour: finished, waiting for the applicant, or in hand. */
export function statusTone(status: DisclosureStatus): 'done' | 'action' | 'pending' {
  if (status === 'replied' || status === 'closed') return 'done';
  if (status === 'correction') return 'action';
  return 'pending';
}

/** Table 三's label carries a counting note in brackets (部分公开（区分处理的…）); the applicant reads the outcome only. */
export const outcomeWords = (label: string) => label.replace(/（[^）]*）$/, '');
