import { ReloadOutlined } from '@ant-design/icons';
import {
  AGENCY_KIND_LABELS,
  AgencyKind,
  AUDIT_ACTION_LABELS,
  STAFF_ROLE_LABELS,
  type AuditAction,
  type AuditEntryView,
  type AuditQuery,
  type StaffRole,
} from '@weimin/contracts';
import { Button, Card, DatePicker, Empty, Flex, Form, Input, InputNumber, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type ComponentProps } from 'react';
import { listAdminAgencies } from '../../api/agencies';
import { searchAudit } from '../../api/audit';
import { DateTime } from '../../components/DateTime';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import { useKeyboardScrollable } from '../../hooks/useKeyboardScrollable';

/** Object types the audit log names so far, in words staff read. */
const OBJECT_TYPE_LABELS: Record<string, string> = { staff_account: '账号', agency: '机构', stats: '统计', calendar_year: '节假日安排' };

/** Actions that mean something went wrong or was refused, to stand out in the list. */
const ALERT_ACTIONS: readonly AuditAction[] = ['login.failed', 'login.locked', 'account.disabled'];

type DateRange = ComponentProps<typeof DatePicker.RangePicker>['value'];

interface FilterValues {
  action?: AuditAction;
  actorId?: number;
  agencyId?: number;
  objectType?: string;
  objectId?: string;
  dates?: DateRange;
}

type Filters = Omit<AuditQuery, 'page' | 'pageSize'>;

const PAGE_SIZES = [20, 50, 100];

/**
 * 审计日志 (office and admins): who did what to which object, when, from where, newest first, filtered on the server
 * and paged. Rows carry IDs only (docs/security.md §21); agencies are named from the agency list.
 */
export default function AuditPage() {
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: PAGE_SIZES[0] });
  const entries = useApiData((signal) => searchAudit({ ...filters, ...paging }, signal), [filters, paging]);
  const agencies = useApiData((signal) => listAdminAgencies(signal), []);

  const agencyNames = useMemo(() => new Map((agencies.data ?? []).map((agency) => [agency.id, agency.name])), [agencies.data]);
  const agencyOptions = useMemo(
    () =>
      Object.values(AgencyKind).map((kind) => ({
        label: AGENCY_KIND_LABELS[kind],
        title: AGENCY_KIND_LABELS[kind],
        options: (agencies.data ?? []).filter((agency) => agency.kind === kind).map((agency) => ({ value: agency.id, label: agency.name })),
      })),
    [agencies.data],
  );

  const search = ({ dates, objectId, ...values }: FilterValues) => {
    setFilters({
      ...values,
      objectId: objectId?.trim() || undefined,
      from: dates?.[0]?.format('YYYY-MM-DD'),
      to: dates?.[1]?.format('YYYY-MM-DD'),
    });
    setPaging((previous) => ({ ...previous, page: 1 }));
  };

  const scrollable = useKeyboardScrollable<HTMLDivElement>('审计日志（可左右滚动）');
  const columns: TableColumnsType<AuditEntryView> = [
    { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => <DateTime value={at} /> },
    {
      title: '操作',
      dataIndex: 'action',
      width: 110,
      render: (action: AuditAction) => <Tag color={ALERT_ACTIONS.includes(action) ? 'error' : 'blue'}>{AUDIT_ACTION_LABELS[action] ?? action}</Tag>,
    },
    { title: '操作人', key: 'actor', width: 170, render: (_, entry) => <Actor entry={entry} /> },
    {
      title: '机构',
      dataIndex: 'agencyId',
      ellipsis: true,
      render: (id: number | null) => (id === null ? '—' : (agencyNames.get(id) ?? `#${id}`)),
    },
    {
      title: '对象',
      key: 'object',
      width: 110,
      render: (_, { objectType, objectId }) => (objectType ? `${OBJECT_TYPE_LABELS[objectType] ?? objectType}${objectId ? ` #${objectId}` : ''}` : '—'),
    },
    { title: '说明', dataIndex: 'reason', ellipsis: true, render: (reason: string | null) => reason ?? '—' },
    { title: 'IP', dataIndex: 'ip', width: 120, render: (ip: string | null) => ip ?? '—' },
    {
      title: '追踪号',
      dataIndex: 'traceId',
      width: 130,
      render: (traceId: string | null) =>
        traceId ? (
          // Long ids are cut; the copy button copies the whole id for the support desk.
          <Typography.Text code copyable={{ text: traceId }} ellipsis style={{ maxWidth: 110 }}>
            {traceId}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Card
      title="审计日志"
      extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新审计日志" onClick={entries.reload} loading={entries.loading && !!entries.data} />}
    >
      <Flex vertical gap={16}>
        <Form<FilterValues> form={form} layout="inline" onFinish={search} style={{ rowGap: 12 }}>
          <Form.Item name="action" label="操作">
            <Select
              allowClear
              placeholder="全部操作"
              options={Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }))}
              style={{ width: 150 }}
            />
          </Form.Item>
          <Form.Item name="actorId" label="操作人ID">
            <InputNumber min={1} precision={0} style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="agencyId" label="机构">
            <Select allowClear placeholder="全部机构" showSearch={{ optionFilterProp: 'label' }} options={agencyOptions} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="objectType" label="对象">
            <Select
              allowClear
              placeholder="全部类型"
              options={Object.entries(OBJECT_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
              style={{ width: 110 }}
            />
          </Form.Item>
          <Form.Item name="objectId" label="对象ID">
            <Input allowClear maxLength={64} style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="dates" label="日期">
            <DatePicker.RangePicker allowEmpty={[true, true]} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                查询
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  search({});
                }}
              >
                重置
              </Button>
            </Space>
          </Form.Item>
        </Form>
        {entries.error ? (
          <LoadError error={entries.error} onRetry={entries.reload} />
        ) : (
          <div ref={scrollable}>
            <Table<AuditEntryView>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={entries.data?.items}
              loading={entries.loading}
              scroll={{ x: 1100 }}
              pagination={{
                current: paging.page,
                pageSize: paging.pageSize,
                total: entries.data?.total ?? 0,
                pageSizeOptions: PAGE_SIZES,
                showSizeChanger: true,
                showTotal: (total) => `共 ${total} 条`,
                onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
              }}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的记录" /> }}
            />
          </div>
        )}
      </Flex>
    </Card>
  );
}

function Actor({ entry }: { entry: AuditEntryView }) {
  if (entry.actorType === 'anonymous') return <Typography.Text type="secondary">未登录用户</Typography.Text>;
  if (entry.actorType === 'system') return <>系统</>;
  const roles = (entry.actorRoles ?? '')
    .split(',')
    .filter(Boolean)
    .map((role) => STAFF_ROLE_LABELS[role as StaffRole] ?? role)
    .join('、');
  return (
    <Flex vertical>
      <span>
        {entry.actorType === 'citizen' ? '市民' : '账号'} #{entry.actorId}
      </span>
      {roles && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {roles}
        </Typography.Text>
      )}
    </Flex>
  );
}
