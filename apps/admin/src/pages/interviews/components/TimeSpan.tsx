import { Typography } from 'antd';
import { DateTime } from '../../../components/DateTime';

/** An interview's planned start and end. */
export function TimeSpan({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  return (
    <span>
      <DateTime value={startsAt} />
      <Typography.Text type="secondary"> 至 </Typography.Text>
      <DateTime value={endsAt} />
    </span>
  );
}
