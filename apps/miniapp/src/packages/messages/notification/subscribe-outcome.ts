/**
 * What came of asking WeChat for a reply notification (wx.requestSubscribeMessage), and what the citizen is told.
 * Success answers carry one word per template id: accept, reject, ban (the template was banned) or filter (a
 * duplicate title); failures carry an errCode, 20004 meaning the citizen switched subscription messages off.
 */
export type SubscribeOutcome = 'accepted' | 'rejected' | 'banned' | 'switched-off' | 'failed';

/** The outcomes after which the citizen can change their mind in the mini-program's settings page (wx.openSetting). */
export const SETTINGS_CAN_HELP: readonly SubscribeOutcome[] = ['rejected', 'switched-off'];

export const SUBSCRIBE_OUTCOME_TEXT: Record<Exclude<SubscribeOutcome, 'accepted'>, string> = {
  rejected: '您没有允许答复通知，答复后不会收到微信通知，可以在“我的”查看进度。如需通知，请在设置中允许“答复通知”。',
  'switched-off': '您在微信中关闭了本小程序的订阅消息，答复后不会收到微信通知。如需通知，请在设置中打开“订阅消息”。',
  banned: '答复通知暂时无法使用，答复后不会收到微信通知，请在“我的”查看办理进度。',
  failed: '未能开启答复通知，答复后请在“我的”查看办理进度。',
};

/** The outcome of a success answer for `templateId`. */
export function outcomeOfAnswer(answer: unknown, templateId: string): SubscribeOutcome {
  const choice = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>)[templateId] : undefined;
  if (choice === 'accept' || choice === 'acceptWithAudio' || choice === 'acceptWithAlert') return 'accepted';
  if (choice === 'reject') return 'rejected';
  if (choice === 'ban') return 'banned';
  return 'failed';
}

/** The outcome of a failure (the promise rejected). */
export function outcomeOfFailure(error: unknown): SubscribeOutcome {
  const { errCode, errMsg } = typeof error === 'object' && error !== null ? (error as { errCode?: unknown; errMsg?: unknown }) : {};
  if (errCode === 20004 || (typeof errMsg === 'string' && /main switch is switched off/i.test(errMsg))) return 'switched-off';
  // 20005: this mini-program may not send subscribe messages.
  if (errCode === 20005) return 'banned';
  // Closing the sheet of a long-term template fails with "cancel": the same as rejecting it.
  if (typeof errMsg === 'string' && /fail cancel/i.test(errMsg)) return 'rejected';
  return 'failed';
}
