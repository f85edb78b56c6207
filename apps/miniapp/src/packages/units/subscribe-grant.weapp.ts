import Taro from '@tarojs/taro';
import type { SubscribeTemplate } from '@weimin/contracts';
import { outcomeOfAnswer, outcomeOfFailure } from '../messages/notification/subscribe-outcome';

export const SUBSCRIBE_EXPLANATION =
  '订阅后，该单位发布停水、停电、线路调整等便民公告时，会发微信通知给您：每次点“允许”可收到一条，可随时在“我的 → 我的订阅”取消。';

/**
 * Asks WeChat for one 便民公告通知 (docs/security.md §5). WeChat shows its dialog only straight from a tap, so the caller
 * runs this before anything else it awaits. The accepted templates go to the BFF, which spends one per message.
 */
export async function askAnnouncementGrant(): Promise<SubscribeTemplate[]> {
  if (!WECHAT_ANNOUNCEMENT_TEMPLATE_ID) return [];
  try {
    const answer = await Taro.requestSubscribeMessage({ tmplIds: [WECHAT_ANNOUNCEMENT_TEMPLATE_ID], entityIds: [] });
    return outcomeOfAnswer(answer, WECHAT_ANNOUNCEMENT_TEMPLATE_ID) === 'accepted' ? ['announcement'] : [];
  } catch (error) {
    // Refused or switched off in settings: the unit is followed all the same, without a message.
    outcomeOfFailure(error);
    return [];
  }
}
