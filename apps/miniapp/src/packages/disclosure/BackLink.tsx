import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Tappable } from '../../components/Tappable';

/** The sub-page's way back; opened straight from a link or a notice, it leads to `fallback` instead. */
export function BackLink({ fallback = '/pages/mine/index' }: { fallback?: string }) {
  const back = () => {
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
    else void Taro.switchTab({ url: fallback });
  };
  return (
    <Tappable className="dis__back" label="返回" onTap={back}>
      <Text aria-hidden="true">‹ </Text>
      <Text>返回</Text>
    </Tappable>
  );
}
