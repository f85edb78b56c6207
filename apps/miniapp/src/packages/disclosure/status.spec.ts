import { DISCLOSURE_OUTCOMES } from '@weimin/contracts';
import { outcomeWords, statusTone } from './status';

describe('what the applicant reads of a state and an outcome', () => {
  it('drops table 三’s counting note from the outcome', () => {
    expect(outcomeWords(DISCLOSURE_OUTCOMES.partly_disclosed.label)).toBe('部分公开');
    expect(outcomeWords(DISCLOSURE_OUTCOMES.withheld.label)).toBe('不予公开');
  });

  it('marks what waits for the applicant and what is finished', () => {
    expect(statusTone('correction')).toBe('action');
    expect(statusTone('replied')).toBe('done');
    expect(statusTone('closed')).toBe('done');
    expect(statusTone('handling')).toBe('pending');
  });
});
