// H5: WeChat subscribe messages do not exist in a browser: citizens find the feedback in 我的 → 我的意见.
export const feedbackNoticeAvailable = false;

export function askFeedbackNotice(): Promise<boolean> {
  return Promise.resolve(false);
}
