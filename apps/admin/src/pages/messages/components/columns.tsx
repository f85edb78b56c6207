import {
  MESSAGE_CHANNEL_LABELS,
  MESSAGE_TYPE_LABELS,
  type MessageChannel,
  type MessageStatus,
  type MessageType,
  type StaffMessageSummary,
} from '@weimin/contracts';
import { Typography, type TableColumnType } from 'antd';
import { Link } from 'react-router-dom';
import { DateTime } from '../../../components/DateTime';
import { compareDue, DueDate, WorkdaysLeft } from './Deadline';
import { MessageStatusTag } from './MessageStatusTag';

type Column = TableColumnType<StaffMessageSummary>;

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** The columns message lists pick from, so the same thing reads the same on every list. */
export const MESSAGE_COLUMNS = {
  caseNo: {
    title: '受理编号',
    dataIndex: 'caseNo',
    width: 170,
    render: (caseNo: string, message) => <Link to={`/messages/${message.id}`}>{caseNo}</Link>,
  },
  type: { title: '类型', dataIndex: 'type', width: 70, render: (type: MessageType) => MESSAGE_TYPE_LABELS[type] ?? type },
  channel: { title: '渠道', dataIndex: 'channel', width: 130, render: (channel: MessageChannel) => MESSAGE_CHANNEL_LABELS[channel] ?? channel },
  title: {
    title: '标题',
    dataIndex: 'title',
    ellipsis: true,
    render: (title: string, message) => (
      <Link to={`/messages/${message.id}`} title={title}>
        {title}
      </Link>
    ),
  },
  status: { title: '状态', dataIndex: 'status', width: 90, render: (status: MessageStatus) => <MessageStatusTag status={status} /> },
  agency: { title: '承办单位', dataIndex: 'agencyName', width: 200, ellipsis: true, render: (name: string | null) => name ?? dash },
  submittedAt: { title: '提交时间', dataIndex: 'submittedAt', width: 170, render: (at: string) => <DateTime value={at} /> },
  assignedAt: { title: '交办时间', dataIndex: 'assignedAt', width: 170, render: (at: string | null) => (at ? <DateTime value={at} /> : dash) },
  dueAt: { title: '办理期限', dataIndex: 'dueAt', width: 110, render: (dueAt: string | null) => <DueDate value={dueAt} /> },
  workdaysLeft: { title: '剩余工作日', key: 'workdaysLeft', width: 160, render: (_, message) => <WorkdaysLeft message={message} /> },
} satisfies Record<string, Column>;

export type MessageColumnKey = keyof typeof MESSAGE_COLUMNS;

export function messageColumns(...keys: MessageColumnKey[]): Column[] {
  return keys.map((key) => ({ key, ...MESSAGE_COLUMNS[key] }) as Column);
}

/** 办理期限 sortable within the page shown, soonest first by default. */
export function sortedByDue(column: Column): Column {
  return { ...column, sorter: compareDue, defaultSortOrder: 'ascend', sortDirections: ['ascend', 'descend'] };
}
