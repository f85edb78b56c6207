import type { ExtensionView } from '@weimin/contracts';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { DateTime } from '../../../../components/DateTime';

const EXTENSION_STATUS: Record<ExtensionView['status'], { color: string; label: string }> = {
  pending: { color: 'processing', label: '待审批' },
  approved: { color: 'success', label: '已批准' },
  rejected: { color: 'error', label: '已驳回' },
};

/** 延期申请: at most one granted per message; a refused one may be followed by another request. */
export function MessageExtensions({ extensions, awaitingHead }: { extensions: readonly ExtensionView[]; awaitingHead: boolean }) {
  return (
    <Card title="延期申请" size="small">
      <Flex vertical gap={12}>
        {extensions.map((extension) => (
          <Descriptions
            key={extension.id}
            size="small"
            column={1}
            title={
              <Flex gap={8} align="center">
                <Tag color={EXTENSION_STATUS[extension.status].color} style={{ marginInlineEnd: 0 }}>
                  {EXTENSION_STATUS[extension.status].label}
                </Tag>
                <span>延期 {extension.workdays} 个工作日</span>
              </Flex>
            }
            items={[
              { key: 'reason', label: '理由', children: extension.reason },
              { key: 'requestedAt', label: '申请时间', children: <DateTime value={extension.requestedAt} /> },
              ...(extension.decidedAt ? [{ key: 'decidedAt', label: '审批时间', children: <DateTime value={extension.decidedAt} /> }] : []),
              ...(extension.decisionNote ? [{ key: 'note', label: '审批说明', children: extension.decisionNote }] : []),
            ]}
          />
        ))}
        {awaitingHead && <Typography.Text type="secondary">延期申请由政务公开办负责人审批。</Typography.Text>}
      </Flex>
    </Card>
  );
}
