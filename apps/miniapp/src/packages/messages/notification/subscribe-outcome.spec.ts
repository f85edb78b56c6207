import { outcomeOfAnswer, outcomeOfFailure, SETTINGS_CAN_HELP, SUBSCRIBE_OUTCOME_TEXT } from './subscribe-outcome';

const TEMPLATE = 'Xk2cT0pVdq9sYw3B7mJ1nRf5uLgH8aZe4oKi6bNyCvQ';

describe('reply notification outcome', () => {
  it('reads the word WeChat gives the template', () => {
    expect(outcomeOfAnswer({ errMsg: 'requestSubscribeMessage:ok', [TEMPLATE]: 'accept' }, TEMPLATE)).toBe('accepted');
    expect(outcomeOfAnswer({ errMsg: 'requestSubscribeMessage:ok', [TEMPLATE]: 'reject' }, TEMPLATE)).toBe('rejected');
    expect(outcomeOfAnswer({ errMsg: 'requestSubscribeMessage:ok', [TEMPLATE]: 'ban' }, TEMPLATE)).toBe('banned');
    expect(outcomeOfAnswer({ errMsg: 'requestSubscribeMessage:ok', [TEMPLATE]: 'filter' }, TEMPLATE)).toBe('failed');
    // Another template's acceptance is not ours.
    expect(outcomeOfAnswer({ errMsg: 'requestSubscribeMessage:ok', other: 'accept' }, TEMPLATE)).toBe('failed');
  });

  it('tells notifications switched off (20004) from other failures', () => {
    expect(outcomeOfFailure({ errCode: 20004, errMsg: 'requestSubscribeMessage:fail the main switch is switched off' })).toBe('switched-off');
    expect(outcomeOfFailure({ errMsg: 'requestSubscribeMessage:fail The main switch is switched off' })).toBe('switched-off');
    expect(outcomeOfFailure({ errCode: 20005, errMsg: 'requestSubscribeMessage:fail this mini program was banned from subscribing messages' })).toBe('banned');
    expect(outcomeOfFailure({ errMsg: 'requestSubscribeMessage:fail cancel' })).toBe('rejected');
    expect(outcomeOfFailure({ errCode: 10002, errMsg: 'requestSubscribeMessage:fail Request list fail' })).toBe('failed');
    expect(outcomeOfFailure(new Error('boom'))).toBe('failed');
  });

  it('offers the settings page only where it can help', () => {
    expect([...SETTINGS_CAN_HELP].sort()).toEqual(['rejected', 'switched-off']);
    expect(SUBSCRIBE_OUTCOME_TEXT['switched-off']).toContain('订阅消息');
  });
});
