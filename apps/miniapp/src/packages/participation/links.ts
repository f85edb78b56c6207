import Taro from '@tarojs/taro';
import { copyText } from '../../services/clipboard';

/**
 * Opens an attachment or a video: a browser opens it in a new tab; WeChat's mini-program cannot open a web page, so
 * the address is copied for the browser. A path this server serves gets the server's address in front.
 */
export function openExternal(url: string, what: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener');
    return;
  }
  const absolute = url.startsWith('/') ? `${WEIMIN_API_BASE}${url}` : url;
  void copyText(absolute, what).then((copied) => {
    if (copied) void Taro.showToast({ title: `${what}已复制，请在浏览器中打开`, icon: 'none' });
  });
}
