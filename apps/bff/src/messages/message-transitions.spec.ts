import type { MessageStatus } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';
import { allowedActions, type MessageAction, nextStatus } from './message-transitions';

describe('message transitions', () => {
  it.each([
    ['release', 'held', 'submitted'],
    ['dispatch', 'submitted', 'assigned'],
    ['dispatch', 'returned', 'assigned'],
    ['return', 'assigned', 'returned'],
    ['reassign', 'assigned', 'assigned'],
    ['reply', 'assigned', 'replied'],
    ['rate', 'replied', 'closed'],
    ['auto_close', 'replied', 'closed'],
    ['reopen', 'closed', 'assigned'],
    ['hide', 'replied', 'hidden'],
    ['extend', 'assigned', 'assigned'],
  ] as Array<[MessageAction, MessageStatus, MessageStatus]>)('%s: %s → %s', (action, from, to) => {
    expect(nextStatus(action, from)).toBe(to);
  });

  it.each([
    ['reply', 'submitted'],
    ['reply', 'replied'],
    ['dispatch', 'assigned'],
    ['return', 'replied'],
    ['rate', 'closed'],
    ['reopen', 'replied'],
    ['hide', 'hidden'],
    ['release', 'submitted'],
  ] as Array<[MessageAction, MessageStatus]>)('refuses %s from %s with 409', (action, from) => {
    expect(() => nextStatus(action, from)).toThrow(DomainException);
    try {
      nextStatus(action, from);
    } catch (error) {
      expect((error as DomainException).code).toBe('CONFLICT');
    }
  });

  it('lists what can be done in a state', () => {
    expect(allowedActions('assigned').sort()).toEqual(['extend', 'hide', 'reassign', 'reply', 'return']);
    expect(allowedActions('hidden')).toEqual([]);
  });
});
