import { Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CitizenMeView } from '@weimin/contracts';
import { useState } from 'react';
import { bindPhone } from '../../../../services/auth';

/**
 * 使用微信绑定手机号: one tap. `getPhoneNumber|agreePrivacyAuthorization` lets WeChat take the privacy guide's
 * agreement (docs/security.md §7) and then hand out the phone code in the same tap (base library 2.32.3); the code flow
 * only, never encryptedData (docs/security.md §3).
 */
export function PhoneBindButton({ onBound }: { onBound: (me: CitizenMeView) => void }) {
  const [binding, setBinding] = useState(false);

  const onGetPhoneNumber = async (event: { detail: { code?: string; errMsg?: string } }) => {
    const code = event.detail.code;
    if (!code) {
      // The citizen declined in WeChat's sheet: nothing to say. Anything else (no permission, an old client): say it.
      if (!/deny|cancel/i.test(event.detail.errMsg ?? '')) void Taro.showToast({ title: '暂时无法获取微信手机号，请直接填写', icon: 'none' });
      return;
    }
    setBinding(true);
    try {
      onBound(await bindPhone(code));
    } catch {
      // The request wrapper has shown the error (a write, not silent).
    } finally {
      setBinding(false);
    }
  };
  return (
    <Button
      className="compose__bind"
      openType="getPhoneNumber|agreePrivacyAuthorization"
      loading={binding}
      disabled={binding}
      onAgreePrivacyAuthorization={() => undefined}
      onGetPhoneNumber={(event) => void onGetPhoneNumber(event)}
    >
      使用微信绑定手机号
    </Button>
  );
}
