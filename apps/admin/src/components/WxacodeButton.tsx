import { QrcodeOutlined } from '@ant-design/icons';
import type { WxacodeKind } from '@weimin/contracts';
import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { downloadWxacode } from '../api/wxacodes';

/**
 * 下载小程序码: the PNG WeChat drew for a published item (the BFF keeps it, so a second download costs WeChat nothing),
 * saved under the server's name. `name` says whose code it is, for screen readers in a table of many.
 */
export function WxacodeButton({ kind, id, name, ...button }: { kind: WxacodeKind; id: number; name: string } & Pick<ButtonProps, 'type' | 'size'>) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const fetchCode = async () => {
    setBusy(true);
    try {
      const { blob, filename } = await downloadWxacode(kind, id);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filename ?? `小程序码-${id}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      message.success('小程序码已下载');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error; // the client has shown it
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button {...button} icon={<QrcodeOutlined />} loading={busy} aria-label={`下载「${name}」的小程序码`} onClick={() => void fetchCode()}>
      小程序码
    </Button>
  );
}
