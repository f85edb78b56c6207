import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Tappable } from '../Tappable';
import './index.scss';

/** Back to the page before, or home when the page was opened straight from a link. */
export function goBack(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.switchTab({ url: '/pages/home/index' });
}

/**
 * A sub-page's way back in the H5 build, which has no navigation bar of WeChat's to carry one (WeChat's own back
 * arrow serves the mini-program, so nothing is drawn there). docs/accessibility.md.
 */
export function BackBar() {
  if (process.env.TARO_ENV !== 'h5') return null;
  return (
    <View className="back-bar">
      <Tappable className="back-bar__back" label="返回上一页" onTap={goBack}>
        <Text aria-hidden="true">‹ </Text>
        <Text>返回</Text>
      </Tappable>
      <Tappable role="link" className="back-bar__home" label="回到首页" onTap={() => void Taro.switchTab({ url: '/pages/home/index' })}>
        首页
      </Tappable>
    </View>
  );
}
