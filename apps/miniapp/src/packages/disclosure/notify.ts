// H5: WeChat subscribe messages do not exist in a browser, so nothing is asked.
export function askDisclosureNotices(): Promise<boolean> {
  return Promise.resolve(false);
}
