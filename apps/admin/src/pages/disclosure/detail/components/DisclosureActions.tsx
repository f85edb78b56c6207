import { DownloadOutlined } from '@ant-design/icons';
import type { DisclosureAction, StaffDisclosureView } from '@weimin/contracts';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState, type ComponentType } from 'react';
import { ApiError } from '../../../../api/client';
import { actOnDisclosure, downloadCaseFile, downloadReplyLetter } from '../../../../api/disclosure';
import {
  ChaseDialog,
  CorrectedDialog,
  CorrectionDialog,
  DeliveryDialog,
  ExtensionDecisionDialog,
  ExtensionDialog,
  PauseDialog,
  RemedyDialog,
  ReplyDraftDialog,
  ResumeDialog,
  ReturnReplyDialog,
  RouteDialog,
} from './DisclosureDialogs';
import type { DisclosureDialogProps } from './useDisclosureAction';

type DialogAction = Exclude<DisclosureAction, 'reply-approve' | 'correction-lapsed'>;

/** The buttons, in the order staff meet them; each shown only when the BFF lists it in `allowedActions`. */
const BUTTONS: { action: DialogAction; label: string; primary?: boolean; danger?: boolean; Dialog: ComponentType<DisclosureDialogProps> }[] = [
  { action: 'route', label: '转办', primary: true, Dialog: RouteDialog },
  { action: 'reply-draft', label: '起草答复', primary: true, Dialog: ReplyDraftDialog },
  { action: 'corrected', label: '登记补正', primary: true, Dialog: CorrectedDialog },
  { action: 'resume', label: '恢复计时', primary: true, Dialog: ResumeDialog },
  { action: 'extension-decision', label: '审批延期', primary: true, Dialog: ExtensionDecisionDialog },
  { action: 'delivery', label: '登记送达', primary: true, Dialog: DeliveryDialog },
  { action: 'correction', label: '补正通知', Dialog: CorrectionDialog },
  { action: 'pause', label: '征求意见', Dialog: PauseDialog },
  { action: 'extension', label: '申请延期', Dialog: ExtensionDialog },
  { action: 'reply-return', label: '退回修改', danger: true, Dialog: ReturnReplyDialog },
  { action: 'chase', label: '催办', Dialog: ChaseDialog },
  { action: 'remedy', label: '登记复议诉讼', Dialog: RemedyDialog },
];

/** Saves a file the BFF sent (an <a download> click), under the name the server gave it. */
function save({ blob, filename }: { blob: Blob; filename: string | null }, fallback: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename ?? fallback;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/**
 * What the caller may do with the application now, exactly as the BFF says (`allowedActions`, computed by the same
 * rules that check each step), each with its dialog; 审核通过 and 逾期未补正 ask for a confirmation only. Then the
 * downloads: the 答复书 once sent, and the case file (一件一档) always.
 */
export function DisclosureActions({
  application,
  onDone,
  onStale,
}: {
  application: StaffDisclosureView;
  onDone: (notice: string, view: StaffDisclosureView) => void;
  onStale: () => void;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<DialogAction>();
  const [busy, setBusy] = useState<string>();
  const allowed = new Set(application.allowedActions);

  const close = () => setOpen(undefined);
  const dialog: DisclosureDialogProps = {
    application,
    onClose: close,
    onDone: (notice, view) => {
      close();
      onDone(notice, view);
    },
    onStale: () => {
      close();
      onStale();
    },
  };

  const confirmStep = async (action: 'reply-approve' | 'correction-lapsed', notice: (view: StaffDisclosureView) => string) => {
    setBusy(action);
    try {
      const view = await actOnDisclosure(application.id, action, undefined);
      onDone(notice(view), view);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      void message.error(error.message);
      onStale();
    } finally {
      setBusy(undefined);
    }
  };

  const fetchFile = async (what: 'letter' | 'case-file') => {
    setBusy(what);
    try {
      if (what === 'letter') save(await downloadReplyLetter(application.id), `${application.caseNo}-答复书.docx`);
      else save(await downloadCaseFile(application.id), `${application.caseNo}.zip`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error; // the client has shown it
    } finally {
      setBusy(undefined);
    }
  };

  const Open = BUTTONS.find(({ action }) => action === open)?.Dialog;
  const approveText =
    application.status === 'office_review' ? '政务公开办审核通过后答复书即生成并发出。' : '审核通过后答复书即生成并发出（需政务公开办审核的除外）。';

  return (
    <>
      <Space wrap>
        {allowed.has('reply-approve') && (
          <Popconfirm
            title="审核通过此答复？"
            description={approveText}
            okText="审核通过"
            onConfirm={() =>
              void confirmStep('reply-approve', (view) => (view.status === 'replied' ? '答复已审核通过，答复书已生成' : '已审核通过，待政务公开办审核'))
            }
          >
            <Button type="primary" loading={busy === 'reply-approve'}>
              审核通过
            </Button>
          </Popconfirm>
        )}
        {BUTTONS.filter(({ action }) => allowed.has(action)).map(({ action, label, primary, danger }) => (
          <Button key={action} type={primary ? 'primary' : 'default'} danger={danger} onClick={() => setOpen(action)}>
            {label}
          </Button>
        ))}
        {allowed.has('correction-lapsed') && (
          <Popconfirm
            title="申请人逾期未补正，终止办理？"
            description="按“其他处理：申请人无正当理由逾期不补正”办结，不再处理此申请。"
            okText="终止办理"
            okButtonProps={{ danger: true }}
            onConfirm={() => void confirmStep('correction-lapsed', () => '已终止办理')}
          >
            <Button danger loading={busy === 'correction-lapsed'}>
              逾期未补正
            </Button>
          </Popconfirm>
        )}
        {application.reply?.letterNumber && (
          <Button icon={<DownloadOutlined />} loading={busy === 'letter'} onClick={() => void fetchFile('letter')}>
            下载答复书
          </Button>
        )}
        <Button icon={<DownloadOutlined />} loading={busy === 'case-file'} onClick={() => void fetchFile('case-file')}>
          下载案卷
        </Button>
      </Space>
      {Open && <Open {...dialog} />}
    </>
  );
}
