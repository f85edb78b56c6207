import Taro from '@tarojs/taro';
import { copyText } from './clipboard';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { setClipboardData: jest.fn(), showToast: jest.fn(), showModal: jest.fn() } }));

const taro = Taro as unknown as { setClipboardData: jest.Mock; showToast: jest.Mock; showModal: jest.Mock };

describe('copyText', () => {
  beforeEach(() => jest.clearAllMocks());

  it('copies', async () => {
    taro.setClipboardData.mockResolvedValueOnce({ errMsg: 'setClipboardData:ok' });
    await expect(copyText('https://linxi.gov.cn/a', '链接')).resolves.toBe(true);
    expect(taro.setClipboardData).toHaveBeenCalledWith({ data: 'https://linxi.gov.cn/a' });
    expect(taro.showModal).not.toHaveBeenCalled();
  });

  it('tells the citizen when WeChat refuses, and shows the text to copy by hand', async () => {
    taro.setClipboardData.mockRejectedValueOnce({ errno: 112, errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement' });
    await expect(copyText('https://linxi.gov.cn/a', '链接')).resolves.toBe(false);
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '链接未能复制', content: expect.stringContaining('https://linxi.gov.cn/a') }));
  });
});
