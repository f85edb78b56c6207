import Taro from '@tarojs/taro';
import { outcomeOfAnswer, outcomeOfFailure } from '../messages/notification/subscribe-outcome';

/**
 * Asks WeChat to let the BFF send one notice of the application's progress (受理、补正、延期、答复) with the reply
 * template: the case number and the status only (docs/security.md §5). WeChat shows its dialog only straight from a
 * tap, so the caller runs this before anything else it awaits. Refusing changes nothing but the notice.
 */
export async function askDisclosureNotices(): Promise<boolean> {
  try {
    return outcomeOfAnswer(await Taro.requestSubscribeMessage({ tmplIds: [WECHAT_REPLY_TEMPLATE_ID], entityIds: [] }), WECHAT_REPLY_TEMPLATE_ID) === 'accepted';
  } catch (error) {
    outcomeOfFailure(error);
    return false;
  }
}
