import Taro from '@tarojs/taro';

export const replyNotificationAvailable = true;

/**
 * Asks WeChat to let us send one reply notification (SECURITY.md 5). WeChat shows its dialog only when called
 * straight from a tap, so the caller runs this before anything else it awaits. True only if the citizen accepted.
 */
export async function askReplyNotification(): Promise<boolean> {
  try {
    const result = await Taro.requestSubscribeMessage({ tmplIds: [WECHAT_REPLY_TEMPLATE_ID], entityIds: [] });
    const choice = (result as Record<string, unknown>)[WECHAT_REPLY_TEMPLATE_ID];
    return choice === 'accept' || choice === 'acceptWithAudio';
  } catch {
    // Refused, or subscriptions switched off in settings: the message is sent all the same, without notification.
    return false;
  }
}
