import Taro from '@tarojs/taro';
import { outcomeOfAnswer, outcomeOfFailure, type SubscribeOutcome } from '../../notification/subscribe-outcome';

export const replyNotificationAvailable = true;

/**
 * Asks WeChat to let us send one reply notification (docs/security.md §5). WeChat shows its dialog only when called
 * straight from a tap, so the caller runs this before anything else it awaits. Only 'accepted' lets the BFF send one.
 */
export async function askReplyNotification(): Promise<SubscribeOutcome> {
  try {
    return outcomeOfAnswer(await Taro.requestSubscribeMessage({ tmplIds: [WECHAT_REPLY_TEMPLATE_ID], entityIds: [] }), WECHAT_REPLY_TEMPLATE_ID);
  } catch (error) {
    // Refused, or subscriptions switched off in settings: the message is sent all the same, and the citizen is told.
    return outcomeOfFailure(error);
  }
}
