import { ReloadOutlined } from '@ant-design/icons';
import { REVIEW_LEVELS } from '@weimin/contracts';
import { Button, Card, Flex, Typography } from 'antd';
import { reviewQueue } from '../../../api/interpretations';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { useMe } from '../../../stores/session';
import { InterpretationTable } from '../components/InterpretationTable';

/** 审核: the items waiting at the caller's level of the three-level review, oldest first. */
export default function ReviewQueuePage() {
  const me = useMe();
  const queue = useApiData((signal) => reviewQueue(signal), []);
  const levels = REVIEW_LEVELS.filter((level) => me.roles.includes(level.role)).map((level) => `第${level.level}级·${level.label}`);
  return (
    <Card
      title="解读审核"
      extra={
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{levels.join('、')}</Typography.Text>
          <Button type="text" icon={<ReloadOutlined />} aria-label="刷新审核队列" onClick={queue.reload} loading={queue.loading && !!queue.data} />
        </Flex>
      }
    >
      {queue.error ? (
        <LoadError error={queue.error} onRetry={queue.reload} />
      ) : (
        <InterpretationTable items={queue.data} loading={queue.loading} empty="暂无待审核的解读" />
      )}
    </Card>
  );
}
