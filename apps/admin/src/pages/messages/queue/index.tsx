import { ReloadOutlined } from '@ant-design/icons';
import { MESSAGE_STATUS_LABELS, MessageStatus, type StaffMessageSummary, type StaffMessageView } from '@weimin/contracts';
import { App, Badge, Button, Card, Flex, Popconfirm, Space, Tabs, Typography, theme, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { listMessages, releaseMessage } from '../../../api/messages';
import { useApiData } from '../../../hooks/useApiData';
import { DispatchDialog } from '../components/DispatchDialog';
import { MessageTable } from '../components/MessageTable';
import { ReasonDialog } from '../components/ReasonDialog';
import { messageColumns } from '../components/columns';
import { oneOf, useMessageList } from '../components/useMessageList';

/** What waits for the office: new messages no rule routed, messages an agency returned, and those held by moderation. */
const QUEUES = [MessageStatus.Submitted, MessageStatus.Returned, MessageStatus.Held] as const;
type Queue = (typeof QUEUES)[number];

const QUEUE_EXPLAINED: Record<Queue, string> = {
  submitted: '未指定单位、也未匹配派单规则的留言，请交办给承办单位。',
  returned: '承办单位认为不属于本单位职责而退回的留言，退回理由见留言详情，请重新交办。',
  held: '内容审核未通过自动检查的留言，核实后放行（随后按派单规则分派或进入待受理）或屏蔽。',
};

function queueOf(params: URLSearchParams): Queue {
  return oneOf(QUEUES, params.get('status')) ?? MessageStatus.Submitted;
}

interface Dialog {
  kind: 'dispatch' | 'hide';
  message: StaffMessageSummary;
}

/** 待交办 (office): the dispatch queue by status, each tab with its count, and 交办 / 放行 / 屏蔽 from the list. */
export default function DispatchQueuePage() {
  const { message: toast } = App.useApp();
  const { token } = theme.useToken();
  const messages = useMessageList((search) => ({ status: queueOf(search) }));
  const { params, setFilter, list } = messages;
  const queue = queueOf(params);
  const [dialog, setDialog] = useState<Dialog>();
  const counts = useApiData(
    (signal) =>
      Promise.all(QUEUES.map((status) => listMessages({ status, pageSize: 1 }, signal).then((page) => [status, page.total] as const))).then(
        (totals) => new Map(totals),
      ),
    [],
  );

  const reload = () => {
    list.reload();
    counts.reload();
  };

  const done = (notice: string) => {
    setDialog(undefined);
    void toast.success(notice);
    reload();
  };

  const stale = () => {
    setDialog(undefined);
    reload();
  };

  const release = async (message: StaffMessageSummary) => {
    let view: StaffMessageView;
    try {
      view = await releaseMessage(message.id);
    } catch {
      return stale(); // toasted by the client; a 409 means someone else decided first
    }
    done(view.status === MessageStatus.Assigned ? `已放行，并按派单规则交办：${view.agencyName}` : '已放行，进入待受理');
  };

  const actions: TableColumnsType<StaffMessageSummary>[number] = {
    title: '操作',
    key: 'actions',
    width: 150,
    render: (_, message) =>
      message.status === MessageStatus.Held ? (
        <Space size={0}>
          <Popconfirm
            title={`放行留言「${message.caseNo}」？`}
            description="放行后按派单规则分派，未匹配的进入待受理。"
            okText="放行"
            // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits the promise (its OK button spins until it settles), though typed as void
            onConfirm={() => release(message)}
          >
            <Button type="link" size="small">
              放行
            </Button>
          </Popconfirm>
          <Button type="link" size="small" danger onClick={() => setDialog({ kind: 'hide', message })}>
            屏蔽
          </Button>
        </Space>
      ) : (
        <Button type="link" size="small" onClick={() => setDialog({ kind: 'dispatch', message })}>
          交办
        </Button>
      ),
  };

  const columns = [...messageColumns('caseNo', 'type', 'channel', 'title', 'submittedAt'), actions];

  return (
    <Card
      title="待交办"
      extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新待交办" onClick={reload} loading={list.loading && !!list.data} />}
    >
      <Tabs
        activeKey={queue}
        onChange={(key) => setFilter('status', key === MessageStatus.Submitted ? undefined : key)}
        items={QUEUES.map((status) => ({
          key: status,
          label: (
            <Space size={6}>
              {MESSAGE_STATUS_LABELS[status]}
              <Badge
                count={counts.data?.get(status) ?? 0}
                showZero
                color={status === MessageStatus.Submitted ? undefined : token.colorTextTertiary}
                overflowCount={999}
              />
            </Space>
          ),
        }))}
      />
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{QUEUE_EXPLAINED[queue]}</Typography.Text>
        <MessageTable messages={messages} columns={columns} width={1000} emptyText={`没有${MESSAGE_STATUS_LABELS[queue]}的留言`} />
      </Flex>
      {dialog?.kind === 'dispatch' && (
        <DispatchDialog mode="dispatch" message={dialog.message} onClose={() => setDialog(undefined)} onDone={done} onStale={stale} />
      )}
      {dialog?.kind === 'hide' && <ReasonDialog mode="hide" message={dialog.message} onClose={() => setDialog(undefined)} onDone={done} onStale={stale} />}
    </Card>
  );
}
