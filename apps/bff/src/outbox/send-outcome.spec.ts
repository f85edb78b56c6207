import { WechatError, WechatTransportError } from '../wechat/wechat.client';
import { classifySendError } from './send-outcome';

const transport = (api: string, reason: WechatTransportError['reason']) => new WechatTransportError(api, reason, new Error('x'));

describe('classifySendError (docs/security.md §5, §19, §31)', () => {
  it.each([
    ['a send that timed out after it went out', 'unknown', transport('subscribe_send', 'timeout')],
    ['a send whose connection dropped before the answer', 'unknown', transport('subscribe_send', 'connection_lost')],
    ['a send that never reached WeChat (refused, no host)', 'retry', transport('subscribe_send', 'unreachable')],
    ['a token fetch that timed out (nothing was sent)', 'retry', transport('stable_token', 'timeout')],
    ['an error WeChat answered', 'retry', new WechatError(45009, 'reach max api daily quota limit', 'subscribe_send')],
    ['an unexpected error (no template configured)', 'retry', new Error('WeChat subscribe messages are not configured')],
    ['43101: the citizen has no subscription left', 'refused', new WechatError(43101, 'user refuse to accept the msg', 'subscribe_send')],
  ] as const)('%s → %s', (_why, kind, error) => {
    expect(classifySendError(error).kind).toBe(kind);
  });

  it('says in lastError why, within the column', () => {
    expect(classifySendError(transport('subscribe_send', 'timeout')).lastError).toMatch(/timeout.*not resent/);
    expect(classifySendError(new WechatError(45009, 'quota', 'subscribe_send')).lastError).toBe('errcode 45009');
    expect(classifySendError(new Error('x'.repeat(500))).lastError).toHaveLength(200);
  });
});
