import { ReloadOutlined } from '@ant-design/icons';
import type { HealthView } from '@weimin/contracts';
import { Badge, Button, Card, Descriptions } from 'antd';
import { getHealth, getVersion } from '../../../api/system';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';

const DATABASE_TYPE_LABELS: Record<HealthView['databaseType'], string> = { sqlite: 'SQLite', mysql: 'MySQL' };

export function SystemHealthCard() {
  const { data, error, loading, reload } = useApiData(
    (signal) => Promise.all([getHealth(signal), getVersion(signal)]).then(([health, version]) => ({ health, version })),
    [],
  );

  return (
    <Card
      title="系统状态"
      loading={loading && !data}
      extra={<Button type="text" size="small" icon={<ReloadOutlined />} aria-label="刷新系统状态" onClick={reload} loading={loading && !!data} />}
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        data && (
          <Descriptions column={1} size="small">
            <Descriptions.Item label="服务">
              <Badge status={data.health.status === 'ok' ? 'success' : 'error'} text={data.health.status === 'ok' ? '运行正常' : '服务降级'} />
            </Descriptions.Item>
            <Descriptions.Item label="数据库">
              <Badge
                status={data.health.database === 'up' ? 'success' : 'error'}
                text={`${DATABASE_TYPE_LABELS[data.health.databaseType]} · ${data.health.database === 'up' ? '连接正常' : '连接中断'}`}
              />
            </Descriptions.Item>
            <Descriptions.Item label="已运行">{formatUptime(data.health.uptimeSeconds)}</Descriptions.Item>
            <Descriptions.Item label="版本">{data.version.version}</Descriptions.Item>
          </Descriptions>
        )
      )}
    </Card>
  );
}

function formatUptime(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return `${days} 天 ${hours} 小时`;
  if (hours > 0) return `${hours} 小时 ${minutes} 分钟`;
  return minutes > 0 ? `${minutes} 分钟` : '不到 1 分钟';
}
