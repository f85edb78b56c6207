import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { SETTINGS_CAN_HELP, SUBSCRIBE_OUTCOME_TEXT, type SubscribeOutcome } from './subscribe-outcome';
import './SubscribeNotice.scss';

const OUTCOMES = Object.keys(SUBSCRIBE_OUTCOME_TEXT) as Array<keyof typeof SUBSCRIBE_OUTCOME_TEXT>;

/**
 * Shown on the new message's page when the citizen asked for a reply notification and WeChat will not send one:
 * why, and (in WeChat, where there is one) a button to the settings page to allow it next time.
 */
export function SubscribeNotice({ outcome }: { outcome: string | undefined }) {
  const [settingsFailed, setSettingsFailed] = useState(false);
  if (!outcome || !(OUTCOMES as string[]).includes(outcome)) return null;
  const known = outcome as Exclude<SubscribeOutcome, 'accepted'>;
  const offerSettings = process.env.TARO_ENV === 'weapp' && SETTINGS_CAN_HELP.includes(known);

  const openSettings = () =>
    Taro.openSetting({ withSubscriptions: true }).catch(() => {
      setSettingsFailed(true);
    });

  return (
    <View className="subscribe-notice">
      <Text className="subscribe-notice__text">{SUBSCRIBE_OUTCOME_TEXT[known]}</Text>
      {offerSettings && (
        <Button className="subscribe-notice__settings" size="mini" onClick={() => void openSettings()}>
          打开设置
        </Button>
      )}
      {settingsFailed && <Text className="subscribe-notice__text">无法打开设置页，请点右上角“···”→“设置”。</Text>}
    </View>
  );
}
