import Taro from '@tarojs/taro';

/**
 * Copies `text` and says so; when WeChat refuses (the privacy guide's 剪切板 entry not agreed, an old client), the
 * citizen is shown the text to copy by hand instead of nothing happening. Resolves whether it was copied.
 */
export async function copyText(text: string, what: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text });
    // WeChat shows its own "内容已复制" toast; H5 shows nothing.
    if (process.env.TARO_ENV === 'h5') void Taro.showToast({ title: `${what}已复制`, icon: 'none' });
    return true;
  } catch {
    void Taro.showModal({ title: `${what}未能复制`, content: `请长按选择后手动复制：\n${text}`, showCancel: false, confirmText: '知道了' });
    return false;
  }
}
