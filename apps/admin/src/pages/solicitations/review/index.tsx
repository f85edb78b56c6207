import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { solicitationQueue } from '../../../api/solicitations';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { useMe } from '../../../stores/session';
import { SolicitationTable } from '../components/SolicitationTable';
import { reviewLevelsOf } from '../components/solicitation-status';

/** 征集审核: solicitations and 采纳情况反馈 waiting at the caller's level (单位负责人, then 公开办), oldest first. */
export default function SolicitationReviewPage() {
  const me = useMe();
  const queue = useApiData((signal) => solicitationQueue(signal), []);
  return (
    <Card
      title="征集审核"
      extra={
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{reviewLevelsOf(me.roles).join('、')}</Typography.Text>
          <Button type="text" icon={<ReloadOutlined />} aria-label="刷新征集审核队列" onClick={queue.reload} loading={queue.loading && !!queue.data} />
        </Flex>
      }
    >
      {queue.error ? (
        <LoadError error={queue.error} onRetry={queue.reload} />
      ) : (
        <SolicitationTable items={queue.data} loading={queue.loading} empty="暂无待审核的意见征集或采纳情况反馈" />
      )}
    </Card>
  );
}
