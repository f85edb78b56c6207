import Taro from '@tarojs/taro';
import { copyShareLink, shareCards, shareLink, sharePath, shareQuery, shareTitle, SHARE_TITLE_MAX } from './share';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { setClipboardData: jest.fn(), showToast: jest.fn(), showModal: jest.fn() } }));

const taro = Taro as unknown as { setClipboardData: jest.Mock; showToast: jest.Mock; showModal: jest.Mock };
const NOTICE = { page: '/packages/units/pages/notice/index', query: { id: 45 } };

describe('share targets', () => {
  it('builds the chat path, the Moments query and the H5 link of a page', () => {
    expect(sharePath(NOTICE)).toBe('/packages/units/pages/notice/index?id=45');
    expect(shareQuery({ id: 45, lang: 'ug' })).toBe('id=45&lang=ug');
    expect(sharePath({ page: '/pages/home/index', query: {} })).toBe('/pages/home/index');
    expect(shareLink('https://linxi.gov.cn/', NOTICE)).toBe('https://linxi.gov.cn/h5/packages/units/pages/notice/index?id=45');
  });

  it('encodes what it puts in a query', () => {
    expect(shareQuery({ q: '停水 通知&x' })).toBe('q=%E5%81%9C%E6%B0%B4%20%E9%80%9A%E7%9F%A5%26x');
  });

  it('shortens a long title with an ellipsis and keeps a short one', () => {
    expect(shareTitle('  关于调整城区供水价格的通知  ')).toBe('关于调整城区供水价格的通知');
    const long = shareTitle('临'.repeat(50));
    expect(long).toHaveLength(SHARE_TITLE_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('shareCards', () => {
  it('gives a chat the page with its id and Moments the query, both with the picture when there is one', () => {
    expect(shareCards({ ...NOTICE, title: '临溪市自来水有限公司：停水通知', imageUrl: 'https://media.linxi.example.cn/a.png' })).toEqual({
      chat: { title: '临溪市自来水有限公司：停水通知', path: '/packages/units/pages/notice/index?id=45', imageUrl: 'https://media.linxi.example.cn/a.png' },
      moments: { title: '临溪市自来水有限公司：停水通知', query: 'id=45', imageUrl: 'https://media.linxi.example.cn/a.png' },
    });
  });

  it('leaves the image out, so WeChat takes a screenshot, when there is none', () => {
    const cards = shareCards({ ...NOTICE, title: '停水通知' });
    expect(cards.chat).not.toHaveProperty('imageUrl');
    expect(cards.moments).not.toHaveProperty('imageUrl');
  });
});

describe('copyShareLink', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  const withClipboard = (writeText?: jest.Mock) =>
    Object.defineProperty(globalThis, 'navigator', { configurable: true, value: writeText ? { clipboard: { writeText } } : {} });

  beforeEach(() => jest.clearAllMocks());
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'navigator', original);
    else delete (globalThis as { navigator?: unknown }).navigator;
  });

  it('uses the Clipboard API and says so', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    withClipboard(writeText);
    await expect(copyShareLink('https://linxi.gov.cn/h5/a')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://linxi.gov.cn/h5/a');
    expect(taro.showToast).toHaveBeenCalledWith({ title: '链接已复制', icon: 'none' });
    expect(taro.setClipboardData).not.toHaveBeenCalled();
  });

  it('falls back to Taro when the Clipboard API refuses', async () => {
    withClipboard(jest.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')));
    taro.setClipboardData.mockResolvedValueOnce({ errMsg: 'setClipboardData:ok' });
    await expect(copyShareLink('https://linxi.gov.cn/h5/a')).resolves.toBe(true);
    expect(taro.setClipboardData).toHaveBeenCalledWith({ data: 'https://linxi.gov.cn/h5/a' });
  });

  it('falls back when there is no Clipboard API, and shows the link when nothing can copy', async () => {
    withClipboard();
    taro.setClipboardData.mockRejectedValueOnce(new Error('execCommand failed'));
    await expect(copyShareLink('https://linxi.gov.cn/h5/a')).resolves.toBe(false);
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('https://linxi.gov.cn/h5/a') }));
  });
});
