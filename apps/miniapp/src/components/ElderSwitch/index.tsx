import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { setElderMode } from '../../stores/elder-mode';
import { Tappable } from '../Tappable';
import './index.scss';

/** The 长辈版 entry (or, in the mode, the way back to the standard version), on the home page, 我的 and search. */
export function ElderSwitch({ on }: { on: boolean }) {
  const toggle = () => {
    setElderMode(!on);
    void Taro.showToast({ title: on ? '已切换到标准版' : '已切换到长辈版', icon: 'none' });
  };
  return (
    <Tappable
      className={on ? 'elder-switch elder-switch--on' : 'elder-switch'}
      label={on ? '退出长辈版，回到标准版' : '切换到长辈版：字更大，按钮更大'}
      onTap={toggle}
    >
      <View className="elder-switch__glyph" aria-hidden="true">
        <Text>{on ? '标' : '长'}</Text>
      </View>
      <View className="elder-switch__text">
        <Text className="elder-switch__title">{on ? '退出长辈版' : '长辈版'}</Text>
        <Text className="elder-switch__hint">{on ? '回到标准版' : '字更大，按钮更大，首页更简单'}</Text>
      </View>
    </Tappable>
  );
}
