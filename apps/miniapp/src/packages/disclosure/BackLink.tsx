import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

/** The sub-page's way back; opened straight from a link or a notice, it leads to `fallback` instead. */
export function BackLink({ fallback = '/pages/mine/index' }: { fallback?: string }) {
  const back = () => {
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
    else void Taro.switchTab({ url: fallback });
  };
  return (
    <View className="dis__back" onClick={back} aria-role="button">
      <Text>‹ 返回</Text>
    </View>
  );
}
