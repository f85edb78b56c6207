import Taro from '@tarojs/taro';
import { recordGrants } from '../../services/subscriptions';
import { outcomeOfAnswer, outcomeOfFailure } from '../messages/notification/subscribe-outcome';

/** Only when the 办理进度通知 template is configured: the BFF sends the feedback notice with it (outbox `citizen_progress`). */
export const feedbackNoticeAvailable = WECHAT_PROGRESS_TEMPLATE_ID !== '';

/**
 * Asks WeChat for one 办理进度通知, which the BFF spends to tell the citizen that the 采纳情况反馈 is published
 * (docs/security.md §5). WeChat shows its dialog only straight from a tap, so the caller runs this before anything
 * else it awaits. Resolves whether the citizen allowed it; the grant itself is recorded without holding the form up.
 */
export async function askFeedbackNotice(): Promise<boolean> {
  if (!feedbackNoticeAvailable) return false;
  try {
    const answer = await Taro.requestSubscribeMessage({ tmplIds: [WECHAT_PROGRESS_TEMPLATE_ID], entityIds: [] });
    if (outcomeOfAnswer(answer, WECHAT_PROGRESS_TEMPLATE_ID) !== 'accepted') return false;
    void recordGrants(['progress']).catch(() => undefined);
    return true;
  } catch (error) {
    // Refused or switched off in settings: the opinion is sent all the same, and 我的意见 shows the feedback.
    outcomeOfFailure(error);
    return false;
  }
}
