import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  APPLICANT_KIND_LABELS,
  DISCLOSURE_STATUS_LABELS,
  DisclosureStatus,
  type ApplicantKind,
  type DisclosureListQuery,
  type StaffDisclosureSummary,
} from '@weimin/contracts';
import { Button, Card, Empty, Flex, Segmented, Select, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAccess } from '../../../access';
import { listDisclosures } from '../../../api/disclosure';
import { AgencySelect } from '../../../components/AgencySelect';
import { LoadError } from '../../../components/LoadError';
import { chinaTodayDayjs } from '../../../components/china-day';
import { useApiData } from '../../../hooks/useApiData';
import { useMe } from '../../../stores/session';
import { compareDueOn, DisclosureDeadline } from './DisclosureDeadline';
import { DisclosureStatusTag } from './DisclosureStatusTag';

/** mine: 本单位申请; all: 全部申请; routing: 待转办 (不确定 ones); due: 期限提醒, the due and overdue board. */
export type DisclosureListMode = 'mine' | 'all' | 'routing' | 'due';

const PAGE_SIZES = [20, 50, 100];
const ALL = 'all';
type DueFilter = 'all' | 'overdue' | 'week';
const DUE_FILTERS: { value: DueFilter; label: string }[] = [
  { value: ALL, label: '全部期限' },
  { value: 'week', label: '7日内到期（含逾期）' },
  { value: 'overdue', label: '已逾期' },
];

const TITLES: Record<DisclosureListMode, string> = { mine: '本单位申请', all: '全部申请', routing: '待转办', due: '期限提醒' };
const EMPTY: Record<DisclosureListMode, string> = {
  mine: '本单位暂无政府信息公开申请',
  all: '没有符合条件的申请',
  routing: '没有待转办的申请',
  due: '没有即将到期或逾期的申请',
};

const STATUS_OPTIONS = Object.values(DisclosureStatus).map((status) => ({ value: status, label: DISCLOSURE_STATUS_LABELS[status] }));

/** `dueBy` for the 期限 filter: overdue is due before today; 7日内 is due within a week (calendar days) or overdue. */
function dueByOf(filter: DueFilter): string | undefined {
  if (filter === 'overdue') return chinaTodayDayjs().subtract(1, 'day').format('YYYY-MM-DD');
  if (filter === 'week') return chinaTodayDayjs().add(7, 'day').format('YYYY-MM-DD');
  return undefined;
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;

function columns(showAgency: boolean): TableColumnsType<StaffDisclosureSummary> {
  return [
    {
      key: 'caseNo',
      title: '申请编号',
      dataIndex: 'caseNo',
      width: 170,
      render: (caseNo: string, row) => <Link to={`/disclosure/${row.id}`}>{caseNo}</Link>,
    },
    {
      key: 'infoTitle',
      title: '所需信息',
      dataIndex: 'infoTitle',
      minWidth: 180,
      ellipsis: true,
      render: (title: string, row) => (
        <Link to={`/disclosure/${row.id}`} title={title}>
          {title}
        </Link>
      ),
    },
    { key: 'applicantKind', title: '申请人类型', dataIndex: 'applicantKind', width: 120, render: (kind: ApplicantKind) => APPLICANT_KIND_LABELS[kind] ?? kind },
    ...(showAgency
      ? [{ key: 'agency', title: '承办单位', dataIndex: 'agencyName', width: 200, ellipsis: true, render: (name: string | null) => name ?? dash }]
      : []),
    { key: 'receivedOn', title: '收到日期', dataIndex: 'receivedOn', width: 110 },
    {
      key: 'dueOn',
      title: '答复期限',
      width: 250,
      sorter: compareDueOn,
      defaultSortOrder: 'ascend',
      sortDirections: ['ascend', 'descend'],
      render: (_, row) => <DisclosureDeadline clock={row} />,
    },
    { key: 'status', title: '状态', dataIndex: 'status', width: 100, render: (status: DisclosureStatus) => <DisclosureStatusTag status={status} /> },
  ];
}

/**
 * A list of 依申请公开 applications, filters kept in the URL. Agency roles get their own agency's only (the BFF scopes
 * them); the office picks an agency, and 待转办 lists the 不确定 ones waiting for it to route them.
 */
export function DisclosureList({ mode }: { mode: DisclosureListMode }) {
  const me = useMe();
  const { canRegisterDisclosure } = useAccess();
  const [params, setParams] = useSearchParams();
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });

  const status = mode === 'routing' ? DisclosureStatus.Routing : (STATUS_OPTIONS.find((option) => option.value === params.get('status'))?.value ?? undefined);
  const due = (DUE_FILTERS.find((filter) => filter.value === params.get('due'))?.value ?? (mode === 'due' ? 'week' : ALL)) as DueFilter;
  const agencyId = mode === 'mine' ? me.agency.id : Number(params.get('agency')) || undefined;
  const query: DisclosureListQuery = { status, agencyId, dueBy: dueByOf(due), ...paging };
  const list = useApiData((signal) => listDisclosures(query, signal), [JSON.stringify(query)]);

  const setFilter = useCallback(
    (name: string, value: string | number | undefined) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === undefined || value === '') next.delete(name);
          else next.set(name, String(value));
          return next;
        },
        { replace: true },
      );
      setPaging((previous) => ({ ...previous, page: 1 }));
    },
    [setParams],
  );

  const pagination: TablePaginationConfig = {
    current: paging.page,
    pageSize: paging.pageSize,
    total: list.data?.total ?? 0,
    pageSizeOptions: PAGE_SIZES,
    showSizeChanger: true,
    showTotal: (total) => `共 ${total} 件`,
    onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
  };

  return (
    <Card
      title={TITLES[mode]}
      extra={
        <Flex gap={8} align="center">
          {mode === 'mine' && <Typography.Text type="secondary">{me.agency.name}</Typography.Text>}
          {canRegisterDisclosure && mode !== 'routing' && (
            <Link to="/disclosure/register">
              <Button type="primary" icon={<PlusOutlined />}>
                登记申请
              </Button>
            </Link>
          )}
          <Button type="text" icon={<ReloadOutlined />} aria-label={`刷新${TITLES[mode]}`} onClick={list.reload} loading={list.loading && !!list.data} />
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        {mode === 'routing' ? (
          <Typography.Text type="secondary">申请人未确定受理机关（选择“不确定”）的申请，由政务公开办转交承办单位办理。</Typography.Text>
        ) : (
          <Flex gap={16} wrap align="center">
            <Segmented<DueFilter>
              options={DUE_FILTERS}
              value={due}
              onChange={(value) => setFilter('due', value === (mode === 'due' ? 'week' : ALL) ? undefined : value)}
            />
            <Select<DisclosureStatus>
              aria-label="按状态筛选"
              placeholder="全部状态"
              allowClear
              options={STATUS_OPTIONS}
              value={status}
              onChange={(value) => setFilter('status', value)}
              style={{ width: 160 }}
            />
            {mode !== 'mine' && (
              <AgencySelect
                aria-label="按承办单位筛选"
                placeholder="全部承办单位"
                allowClear
                value={agencyId}
                onChange={(value) => setFilter('agency', value)}
                style={{ width: 260 }}
              />
            )}
          </Flex>
        )}
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <Table<StaffDisclosureSummary>
            rowKey="id"
            size="middle"
            columns={columns(mode !== 'mine')}
            dataSource={list.data?.items}
            loading={list.loading}
            pagination={pagination}
            scroll={{ x: mode === 'mine' ? 930 : 1130 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={status || due !== ALL || agencyId ? EMPTY.all : EMPTY[mode]} /> }}
          />
        )}
      </Flex>
    </Card>
  );
}
