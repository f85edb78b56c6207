import { MESSAGE_DUE_SOON_WORKDAYS, type StaffMessageSummary } from '@weimin/contracts';
import { Flex, Tag, Typography } from 'antd';

// Deadlines are Chinese calendar days (docs/domain.md §3): the BFF sets dueAt to the end of the due day in China, so the
// day is shown in China's time zone wherever the reader is.
const DAY = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** 办理期限: the due day, e.g. 2026/11/30. */
export function DueDate({ value }: { value: string | null }) {
  if (!value) return <Typography.Text type="secondary">—</Typography.Text>;
  return <time dateTime={value}>{DAY.format(new Date(value))}</time>;
}

type Clock = Pick<StaffMessageSummary, 'overdue' | 'workdaysLeft'>;

/** 剩余工作日, with a red 逾期 tag once past the due day and an orange 即将到期 tag on its last working day. */
export function WorkdaysLeft({ message }: { message: Clock }) {
  const { overdue, workdaysLeft } = message;
  if (overdue) {
    const late = workdaysLeft !== null && workdaysLeft < 0 ? -workdaysLeft : 0;
    return (
      <Flex gap={6} align="center" wrap>
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          逾期
        </Tag>
        {late > 0 && <Typography.Text type="danger">超期 {late} 个工作日</Typography.Text>}
      </Flex>
    );
  }
  // Not running: not yet assigned, answered, closed, returned or hidden.
  if (workdaysLeft === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={6} align="center" wrap>
      {workdaysLeft <= MESSAGE_DUE_SOON_WORKDAYS && (
        <Tag color="orange" style={{ marginInlineEnd: 0 }}>
          即将到期
        </Tag>
      )}
      <span>{workdaysLeft === 0 ? '今日到期' : `剩 ${workdaysLeft} 个工作日`}</span>
    </Flex>
  );
}

/** For sorting by due day: soonest first, messages without a running deadline last. */
export function compareDue(a: Pick<StaffMessageSummary, 'dueAt'>, b: Pick<StaffMessageSummary, 'dueAt'>): number {
  if (a.dueAt === b.dueAt) return 0;
  if (a.dueAt === null) return 1;
  if (b.dueAt === null) return -1;
  return a.dueAt < b.dueAt ? -1 : 1;
}
