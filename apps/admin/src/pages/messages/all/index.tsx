import { ReloadOutlined } from '@ant-design/icons';
import { MESSAGE_CHANNEL_LABELS, MESSAGE_STATUS_LABELS, MESSAGE_TYPE_LABELS, MessageChannel, MessageStatus, MessageType } from '@weimin/contracts';
import { Button, Card, Checkbox, Flex, Select, Typography } from 'antd';
import { listMessages } from '../../../api/messages';
import { AgencySelect } from '../../../components/AgencySelect';
import { useApiData } from '../../../hooks/useApiData';
import { MessageSearch, MessageTable } from '../components/MessageTable';
import { messageColumns } from '../components/columns';
import { idParam, oneOf, useMessageList } from '../components/useMessageList';

const STATUSES = Object.values(MessageStatus);
const TYPES = Object.values(MessageType);
const CHANNELS = Object.values(MessageChannel);
const OVERDUE = ['true', 'false'] as const;

const OVERDUE_OPTIONS = [
  { value: 'true', label: '已逾期' },
  { value: 'false', label: '未逾期' },
];

/**
 * 全部留言 (office): every message, filtered by status, type, channel, agency, deadline and words of the title or the
 * case number; overdue ones stand out, and 只看即将到期 keeps those due by the end of the next working day. Filtered to 已逾期 it is the office's 催办 list.
 */
export default function AllMessagesPage() {
  const messages = useMessageList((search) => {
    const overdue = oneOf(OVERDUE, search.get('overdue'));
    return {
      status: oneOf(STATUSES, search.get('status')),
      type: oneOf(TYPES, search.get('type')),
      channel: oneOf(CHANNELS, search.get('channel')),
      agencyId: idParam(search.get('agencyId')),
      overdue: overdue === undefined ? undefined : overdue === 'true',
      dueSoon: search.get('dueSoon') === 'true' || undefined,
      q: search.get('q') || undefined,
    };
  });
  const { params, setFilter, list } = messages;
  const overdueNow = useApiData((signal) => listMessages({ overdue: true, pageSize: 1 }, signal).then((page) => page.total), []);

  const reload = () => {
    list.reload();
    overdueNow.reload();
  };

  const columns = messageColumns('caseNo', 'type', 'channel', 'title', 'status', 'agency', 'submittedAt', 'dueAt', 'workdaysLeft');

  return (
    <Card
      title="全部留言"
      extra={
        <Flex gap={8} align="center">
          {overdueNow.data !== undefined &&
            (overdueNow.data > 0 ? (
              <Button type="link" danger onClick={() => setFilter('overdue', 'true')}>
                当前逾期 {overdueNow.data} 件
              </Button>
            ) : (
              <Typography.Text type="secondary">当前无逾期留言</Typography.Text>
            ))}
          <Button type="text" icon={<ReloadOutlined />} aria-label="刷新全部留言" onClick={reload} loading={list.loading && !!list.data} />
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={12} wrap>
          <Select
            aria-label="按状态筛选留言"
            placeholder="全部状态"
            allowClear
            options={STATUSES.map((value) => ({ value, label: MESSAGE_STATUS_LABELS[value] }))}
            value={oneOf(STATUSES, params.get('status'))}
            onChange={(value) => setFilter('status', value)}
            style={{ width: 120 }}
          />
          <Select
            aria-label="按类型筛选留言"
            placeholder="全部类型"
            allowClear
            options={TYPES.map((value) => ({ value, label: MESSAGE_TYPE_LABELS[value] }))}
            value={oneOf(TYPES, params.get('type'))}
            onChange={(value) => setFilter('type', value)}
            style={{ width: 110 }}
          />
          <Select
            aria-label="按渠道筛选留言"
            placeholder="全部渠道"
            allowClear
            options={CHANNELS.map((value) => ({ value, label: MESSAGE_CHANNEL_LABELS[value] }))}
            value={oneOf(CHANNELS, params.get('channel'))}
            onChange={(value) => setFilter('channel', value)}
            style={{ width: 170 }}
          />
          <AgencySelect
            aria-label="按承办单位筛选留言"
            placeholder="全部承办单位"
            allowClear
            value={idParam(params.get('agencyId'))}
            onChange={(value) => setFilter('agencyId', value)}
            style={{ width: 260 }}
          />
          <Select
            aria-label="按办理期限筛选留言"
            placeholder="全部期限"
            allowClear
            options={OVERDUE_OPTIONS}
            value={oneOf(OVERDUE, params.get('overdue'))}
            onChange={(value) => setFilter('overdue', value)}
            style={{ width: 110 }}
          />
          <Checkbox checked={params.get('dueSoon') === 'true'} onChange={(event) => setFilter('dueSoon', event.target.checked || undefined)}>
            只看即将到期
          </Checkbox>
          <MessageSearch messages={messages} width={240} />
        </Flex>
        <MessageTable messages={messages} columns={columns} width={1300} emptyText="没有符合条件的留言" tintOverdue />
      </Flex>
    </Card>
  );
}
