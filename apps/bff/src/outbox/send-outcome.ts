import { WechatError, WechatTransportError } from '../wechat/wechat.client';

/**
 * What a failed send means for the outbox item:
 * - `retry`: it did not happen (WeChat answered with an error, or could not be reached); try again after a backoff;
 * - `refused`: the citizen has no subscription left (43101); logged, never retried (docs/security.md §5);
 * - `unknown`: the request went out but no answer came back (timeout, lost connection); it may have been delivered,
 *   so it is not resent but left for the office, which may resend it by hand (docs/security.md §31).
 */
export type SendOutcome = { kind: 'retry' | 'refused' | 'unknown'; lastError: string };

/** The WeChat call whose effect reaches the citizen; a lost answer to any other call (the token) changes nothing. */
const SEND_API = 'subscribe_send';

export function classifySendError(error: unknown): SendOutcome {
  if (error instanceof WechatError) {
    if (error.errcode === 43101) return { kind: 'refused', lastError: 'errcode 43101: not accepted by the citizen' };
    return { kind: 'retry', lastError: `errcode ${error.errcode}` };
  }
  if (error instanceof WechatTransportError) {
    if (error.api === SEND_API && error.reason !== 'unreachable')
      return { kind: 'unknown', lastError: `no answer from WeChat (${error.reason}): may have been delivered, not resent` };
    return { kind: 'retry', lastError: `WeChat ${error.api} ${error.reason}` };
  }
  return { kind: 'retry', lastError: ((error as Error)?.message ?? String(error)).slice(0, 200) };
}
