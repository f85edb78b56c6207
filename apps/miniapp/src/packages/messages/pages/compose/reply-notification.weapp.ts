import Taro from '@tarojs/taro';
import { recordGrants } from '../../../../services/subscriptions';
import { outcomeOfAnswer, outcomeOfFailure, type SubscribeOutcome } from '../../notification/subscribe-outcome';

export const replyNotificationAvailable = true;

/**
 * Asks WeChat to let us send one reply notification (docs/security.md §5), and, in the same dialog when it is configured,
 * one 办理进度通知 (交办, extension approved) reported to the BFF as a grant. WeChat shows its dialog only when called
 * straight from a tap, so the caller runs this before anything else it awaits. Only 'accepted' lets the BFF send one.
 */
export async function askReplyNotification(): Promise<SubscribeOutcome> {
  try {
    const tmplIds = [WECHAT_REPLY_TEMPLATE_ID, ...(WECHAT_PROGRESS_TEMPLATE_ID ? [WECHAT_PROGRESS_TEMPLATE_ID] : [])];
    const answer = await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] });
    // Not awaited: the message goes out whether or not the grant is recorded (the progress notice is a bonus).
    if (WECHAT_PROGRESS_TEMPLATE_ID && outcomeOfAnswer(answer, WECHAT_PROGRESS_TEMPLATE_ID) === 'accepted')
      void recordGrants(['progress']).catch(() => undefined);
    return outcomeOfAnswer(answer, WECHAT_REPLY_TEMPLATE_ID);
  } catch (error) {
    // Refused, or subscriptions switched off in settings: the message is sent all the same, and the citizen is told.
    return outcomeOfFailure(error);
  }
}
