import type { StaffDisclosureSummary } from '@weimin/contracts';
import { Flex, Tag, Typography } from 'antd';

/** Within this many working days of the due day a running application counts as 即将到期. */
const DUE_SOON_WORKDAYS = 3;

type Clock = Pick<StaffDisclosureSummary, 'dueOn' | 'overdue' | 'workdaysLeft'>;

/**
 * 答复期限 and what is left of it, in words as well as colour: 逾期 with how many working days late, 今日到期, or
 * 剩 N 个工作日 (即将到期 within three). A dash while the clock is stopped (待补正) or the application is finished.
 */
export function DisclosureDeadline({ clock, showDay = true }: { clock: Clock; showDay?: boolean }) {
  const { dueOn, overdue, workdaysLeft } = clock;
  if (!dueOn || workdaysLeft === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const left = overdue ? (
    <>
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        逾期
      </Tag>
      <Typography.Text type="danger">超期 {-workdaysLeft} 个工作日</Typography.Text>
    </>
  ) : (
    <>
      {workdaysLeft <= DUE_SOON_WORKDAYS && (
        <Tag color="orange" style={{ marginInlineEnd: 0 }}>
          即将到期
        </Tag>
      )}
      <span>{workdaysLeft === 0 ? '今日到期' : `剩 ${workdaysLeft} 个工作日`}</span>
    </>
  );
  return (
    <Flex gap={6} align="center" wrap>
      {showDay && <time dateTime={dueOn}>{dueOn}</time>}
      {left}
    </Flex>
  );
}

/** For sorting by due day: soonest first, applications without a running clock last. */
export function compareDueOn(a: Pick<StaffDisclosureSummary, 'dueOn'>, b: Pick<StaffDisclosureSummary, 'dueOn'>): number {
  if (a.dueOn === b.dueOn) return 0;
  if (a.dueOn === null) return 1;
  if (b.dueOn === null) return -1;
  return a.dueOn < b.dueOn ? -1 : 1;
}
