// H5: WeChat subscribe messages do not exist in a browser, so the form does not offer them.
export const replyNotificationAvailable = false;

export function askReplyNotification(): Promise<boolean> {
  return Promise.resolve(false);
}
