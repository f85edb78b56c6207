import Taro from '@tarojs/taro';
import { textScaleFor, textScaleStyle, wechatTextScale } from './text-scale';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { getAppBaseInfo: jest.fn() } }));

const taro = Taro as unknown as { getAppBaseInfo?: jest.Mock };

describe('text scale from WeChat’s font-size setting', () => {
  it('follows larger settings up to twice the size, keeps the design size for smaller ones', () => {
    expect(textScaleFor(1)).toBe(1);
    expect(textScaleFor(1.125)).toBe(1.13);
    expect(textScaleFor(1.5)).toBe(1.5);
    expect(textScaleFor(2)).toBe(2);
    expect(textScaleFor(3.2)).toBe(2);
    expect(textScaleFor(0.85)).toBe(1);
  });

  it('reads anything but a positive number as 1', () => {
    for (const factor of [undefined, null, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, '1.5']) expect(textScaleFor(factor)).toBe(1);
  });

  it('reads WeChat’s factor, and 1 where the base library has none or throws', () => {
    taro.getAppBaseInfo!.mockReturnValueOnce({ fontSizeScaleFactor: 1.4 });
    expect(wechatTextScale()).toBe(1.4);
    taro.getAppBaseInfo!.mockReturnValueOnce({ SDKVersion: '' });
    expect(wechatTextScale()).toBe(1);
    taro.getAppBaseInfo!.mockImplementationOnce(() => {
      throw new Error('getAppBaseInfo:fail');
    });
    expect(wechatTextScale()).toBe(1);
  });

  it('carries it as a CSS variable', () => {
    expect(textScaleStyle(1.4)).toBe('--weimin-text-scale: 1.4');
  });
});
