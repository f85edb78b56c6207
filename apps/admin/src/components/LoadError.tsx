import { Button, Result, Typography } from 'antd';
import type { ApiError } from '../api/client';

/** A load that failed, shown in place of the data, with the trace id staff can quote to the support desk. */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return (
    <Result
      status="warning"
      title="数据加载失败"
      subTitle={
        <>
          {error.message}
          {error.traceId && (
            <Typography.Text type="secondary" copyable={{ text: error.traceId }} style={{ display: 'block' }}>
              追踪号 {error.traceId}
            </Typography.Text>
          )}
        </>
      }
      extra={<Button onClick={onRetry}>重试</Button>}
    />
  );
}
