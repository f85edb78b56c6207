import { Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CitizenMeView } from '@weimin/contracts';
import { useEffect, useState } from 'react';
import { bindPhone } from '../../../../services/auth';

/**
 * 使用微信绑定手机号: WeChat's getPhoneNumber button, code flow only (SECURITY.md 3). The privacy guide is agreed to
 * first (SECURITY.md 7): while WeChat says it still needs agreement, the button asks for that instead.
 */
export function PhoneBindButton({ onBound }: { onBound: (me: CitizenMeView) => void }) {
  const [agreed, setAgreed] = useState(() => !Taro.canIUse('getPrivacySetting'));
  const [binding, setBinding] = useState(false);

  useEffect(() => {
    if (!agreed) Taro.getPrivacySetting({ success: (result) => setAgreed(!result.needAuthorization) });
  }, [agreed]);

  if (!agreed) {
    const askAgreement = () =>
      Taro.requirePrivacyAuthorize({
        success: () => {
          setAgreed(true);
          void Taro.showToast({ title: '已同意隐私保护指引，请再次点击获取手机号', icon: 'none' });
        },
      });
    return (
      <Button className="compose__bind" onClick={askAgreement}>
        使用微信绑定手机号
      </Button>
    );
  }

  const onGetPhoneNumber = async (event: { detail: { code?: string } }) => {
    // No code: the citizen declined in WeChat's sheet; nothing to say.
    const code = event.detail.code;
    if (!code) return;
    setBinding(true);
    try {
      onBound(await bindPhone(code));
    } catch {
      // The request wrapper has shown the error.
    } finally {
      setBinding(false);
    }
  };
  return (
    <Button className="compose__bind" openType="getPhoneNumber" loading={binding} disabled={binding} onGetPhoneNumber={(event) => void onGetPhoneNumber(event)}>
      使用微信绑定手机号
    </Button>
  );
}
