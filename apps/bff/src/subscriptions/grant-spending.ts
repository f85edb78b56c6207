import type { SendOutcome } from '../outbox/send-outcome';

/**
 * What becomes of the one-time grant a send took (docs/architecture.md, "Notifications"): a message that certainly did
 * not go out gives it back, so exactly one grant is spent per message delivered:
 * - `retry` (WeChat answered an error, or was never reached): nothing was delivered; given back, the retry takes one again;
 * - `refused` (43101: WeChat holds no authorisation): nothing was delivered, nothing consumed; given back, and the item stops;
 * - `unknown` (no answer after the request went out): it may have been delivered, so the grant stays spent.
 */
export function grantAfterFailedSend(outcome: SendOutcome['kind']): 'give_back' | 'keep_spent' {
  return outcome === 'unknown' ? 'keep_spent' : 'give_back';
}
