import { ReloadOutlined } from '@ant-design/icons';
import { MessageStatus } from '@weimin/contracts';
import { Button, Card, Checkbox, Flex, Segmented, Typography } from 'antd';
import { useMe } from '../../../stores/session';
import { MessageSearch, MessageTable } from '../components/MessageTable';
import { messageColumns, sortedByDue } from '../components/columns';
import { oneOf, useMessageList } from '../components/useMessageList';

const ALL = 'all';
type StatusFilter = typeof MessageStatus.Assigned | typeof MessageStatus.Replied | typeof MessageStatus.Closed | typeof ALL;

const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: MessageStatus.Assigned, label: '办理中' },
  { value: MessageStatus.Replied, label: '已答复' },
  { value: MessageStatus.Closed, label: '已办结' },
  { value: ALL, label: '全部' },
];

/** The list opens on what is still to be answered. */
const DEFAULT_STATUS: StatusFilter = MessageStatus.Assigned;

function statusOf(params: URLSearchParams): StatusFilter {
  return (
    oneOf(
      STATUS_FILTERS.map((filter) => filter.value),
      params.get('status'),
    ) ?? DEFAULT_STATUS
  );
}

/**
 * 本单位留言: the messages assigned to the caller's agency (the BFF shows an agency nothing else), soonest due first,
 * with a red 逾期 and an orange 即将到期 tag. Returned messages leave the list: they are the office's again.
 */
export default function MyAgencyMessagesPage() {
  const me = useMe();
  const messages = useMessageList((search) => {
    const status = statusOf(search);
    return {
      agencyId: me.agency.id,
      status: status === ALL ? undefined : status,
      overdue: search.get('overdue') === 'true' || undefined,
      dueSoon: search.get('dueSoon') === 'true' || undefined,
      q: search.get('q') || undefined,
    };
  });
  const { params, setFilter, list } = messages;
  const status = statusOf(params);

  const columns = [
    ...messageColumns('caseNo', 'type', 'title'),
    ...(status === DEFAULT_STATUS ? [] : messageColumns('status')),
    ...messageColumns('assignedAt'),
    sortedByDue(messageColumns('dueAt')[0]),
    ...messageColumns('workdaysLeft'),
  ];

  return (
    <Card
      title="本单位留言"
      extra={
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{me.agency.name}</Typography.Text>
          <Button type="text" icon={<ReloadOutlined />} aria-label="刷新本单位留言" onClick={list.reload} loading={list.loading && !!list.data} />
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={16} wrap align="center">
          <Segmented<StatusFilter>
            options={STATUS_FILTERS}
            value={status}
            onChange={(value) => setFilter('status', value === DEFAULT_STATUS ? undefined : value)}
          />
          <Checkbox checked={params.get('overdue') === 'true'} onChange={(event) => setFilter('overdue', event.target.checked || undefined)}>
            只看逾期
          </Checkbox>
          <Checkbox checked={params.get('dueSoon') === 'true'} onChange={(event) => setFilter('dueSoon', event.target.checked || undefined)}>
            只看即将到期
          </Checkbox>
          <MessageSearch messages={messages} width={260} />
        </Flex>
        <MessageTable
          messages={messages}
          columns={columns}
          width={1000}
          emptyText={status === DEFAULT_STATUS ? '本单位暂无待办理的留言' : '没有符合条件的留言'}
        />
      </Flex>
    </Card>
  );
}
