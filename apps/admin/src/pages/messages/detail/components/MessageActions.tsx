import type { StaffMessageAction, StaffMessageView } from '@weimin/contracts';
import { Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { releaseMessage } from '../../../../api/messages';
import { DispatchDialog } from '../../components/DispatchDialog';
import { DecideExtensionDialog, RequestExtensionDialog } from '../../components/ExtensionDialogs';
import { ReasonDialog } from '../../components/ReasonDialog';
import { ReplyDialog } from '../../components/ReplyDialog';

type DialogAction = Exclude<StaffMessageAction, 'release'>;

/** The buttons, in the order staff meet them, each shown only when the BFF lists the action in `allowedActions`. */
const BUTTONS: { action: DialogAction; label: string; primary?: boolean; danger?: boolean }[] = [
  { action: 'reply', label: '答复', primary: true },
  { action: 'dispatch', label: '交办', primary: true },
  { action: 'decide_extension', label: '审批延期', primary: true },
  { action: 'extend', label: '申请延期' },
  { action: 'return', label: '退回' },
  { action: 'reassign', label: '改派' },
  { action: 'reopen', label: '重办' },
  { action: 'hide', label: '屏蔽', danger: true },
];

/**
 * What the caller may do with the message now, exactly as the BFF says (`allowedActions`, from the same rule that
 * refuses the action: apps/bff/src/messages/message-transitions.ts), and the dialog of each.
 */
export function MessageActions({
  message,
  onDone,
  onStale,
}: {
  message: StaffMessageView;
  onDone: (notice: string, view: StaffMessageView) => void;
  onStale: () => void;
}) {
  const [open, setOpen] = useState<DialogAction>();
  const [releasing, setReleasing] = useState(false);
  const allowed = new Set(message.allowedActions);

  const close = () => setOpen(undefined);
  const done = (notice: string, view: StaffMessageView) => {
    close();
    onDone(notice, view);
  };
  const stale = () => {
    close();
    onStale();
  };
  const dialog = { message, onClose: close, onDone: done, onStale: stale };

  const release = async () => {
    setReleasing(true);
    try {
      const view = await releaseMessage(message.id);
      onDone(view.status === 'assigned' ? `已放行，并按派单规则交办：${view.agencyName}` : '已放行，进入待受理', view);
    } catch {
      onStale(); // toasted by the client; a 409 means someone else decided first
    } finally {
      setReleasing(false);
    }
  };

  if (allowed.size === 0) return null;
  return (
    <>
      <Space wrap>
        {allowed.has('release') && (
          // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits the promise (its OK button spins until it settles), though typed as void
          <Popconfirm title="放行此留言？" description="放行后按派单规则分派，未匹配的进入待受理。" okText="放行" onConfirm={release}>
            <Button type="primary" loading={releasing}>
              放行
            </Button>
          </Popconfirm>
        )}
        {BUTTONS.filter(({ action }) => allowed.has(action)).map(({ action, label, primary, danger }) => (
          <Button key={action} type={primary ? 'primary' : 'default'} danger={danger} onClick={() => setOpen(action)}>
            {label}
          </Button>
        ))}
      </Space>
      {(open === 'dispatch' || open === 'reassign' || open === 'reopen') && <DispatchDialog mode={open} {...dialog} />}
      {(open === 'return' || open === 'hide') && <ReasonDialog mode={open} {...dialog} />}
      {open === 'reply' && <ReplyDialog {...dialog} />}
      {open === 'extend' && <RequestExtensionDialog {...dialog} />}
      {open === 'decide_extension' && <DecideExtensionDialog {...dialog} />}
    </>
  );
}
