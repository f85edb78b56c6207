import { grantAfterFailedSend } from './grant-spending';

describe('grantAfterFailedSend', () => {
  it.each([
    ['retry', 'give_back'],
    ['refused', 'give_back'],
    ['unknown', 'keep_spent'],
  ] as const)('%s → %s', (outcome, fate) => {
    expect(grantAfterFailedSend(outcome)).toBe(fate);
  });
});
