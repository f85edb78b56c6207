import { DISCLOSURE_REPLY_WORKDAYS, PAUSE_KIND_LABELS, type StaffDisclosureView } from '@weimin/contracts';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { DisclosureDeadline } from '../../components/DisclosureDeadline';

const EXTENSION_STATUS = {
  requested: { label: '待审批', color: 'processing' },
  approved: { label: '已批准', color: 'success' },
  rejected: { label: '未批准', color: 'error' },
} as const;

/**
 * 计时: the statutory clock as the BFF computed it. 20 working days from receipt (or from the corrected application),
 * stopped while a 补正 is awaited and while opinions are sought, plus an approved extension.
 */
export function DisclosureClock({ application }: { application: StaffDisclosureView }) {
  const { correction, pauses, extension } = application;
  const stopped = application.status === 'correction' ? '待补正，暂停计时' : application.status === 'paused' ? '征求意见中，暂停计时' : null;
  return (
    <Card title="答复期限" size="small">
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'receivedOn', label: '收到申请之日', children: application.receivedOn },
            {
              key: 'dueOn',
              label: '答复期限',
              children: stopped ? <Tag color="purple">{stopped}</Tag> : <DisclosureDeadline clock={application} />,
            },
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          自收到申请之日起{DISCLOSURE_REPLY_WORKDAYS}个工作日内答复；补正、征求意见期间不计算在内。
        </Typography.Text>
        {correction && (
          <Descriptions
            size="small"
            column={1}
            title={<Typography.Text strong>补正</Typography.Text>}
            items={[
              { key: 'noticedOn', label: '通知日期', children: correction.noticedOn },
              { key: 'missing', label: '需补正事项', children: <span style={{ whiteSpace: 'pre-wrap' }}>{correction.missing}</span> },
              { key: 'correctBy', label: '补正期限', children: correction.correctBy },
              { key: 'correctedOn', label: '收到补正', children: correction.correctedOn ?? <Typography.Text type="secondary">尚未收到</Typography.Text> },
            ]}
          />
        )}
        {pauses.length > 0 && (
          <Flex vertical gap={4}>
            <Typography.Text strong>征求意见（暂停计时）</Typography.Text>
            {pauses.map((pause, index) => (
              <Flex key={`${pause.startedOn}-${index}`} gap={6} wrap data-pause={index}>
                <Tag style={{ marginInlineEnd: 0 }}>{PAUSE_KIND_LABELS[pause.kind]}</Tag>
                <span>{pause.party}</span>
                <Typography.Text type="secondary">
                  {pause.startedOn} 至 {pause.endedOn ?? '今（进行中）'}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        )}
        {extension && (
          <Flex vertical gap={4}>
            <Typography.Text strong>延期</Typography.Text>
            <Flex gap={6} wrap align="center">
              <Tag color={EXTENSION_STATUS[extension.status].color} style={{ marginInlineEnd: 0 }}>
                {EXTENSION_STATUS[extension.status].label}
              </Tag>
              <span>延长 {extension.workdays} 个工作日</span>
            </Flex>
            <Typography.Text type="secondary">理由：{extension.reason}</Typography.Text>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
