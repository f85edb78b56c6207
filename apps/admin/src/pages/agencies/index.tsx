import {
  AGENCY_KIND_LABELS,
  AgencyKind,
  INDUSTRY_LABELS,
  type AgencyView,
  type Industry,
} from '@weimin/contracts';
import { Card, Empty, Flex, Input, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { listAgencies } from '../../api/agencies';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';

const KIND_COLORS: Record<AgencyKind, string> = {
  office: 'gold',
  department: 'blue',
  township: 'green',
  public_enterprise: 'purple',
};

const ALL = 'all';
type KindFilter = AgencyKind | typeof ALL;

const columns: TableColumnsType<AgencyView> = [
  { title: '机构名称', dataIndex: 'name', width: 280 },
  {
    title: '类型',
    dataIndex: 'kind',
    width: 140,
    render: (kind: AgencyKind) => <Tag color={KIND_COLORS[kind]}>{AGENCY_KIND_LABELS[kind]}</Tag>,
  },
  {
    title: '行业',
    dataIndex: 'industry',
    width: 110,
    filters: Object.entries(INDUSTRY_LABELS).map(([value, text]) => ({ value, text })),
    onFilter: (value, agency) => agency.industry === value,
    render: (industry: Industry | null) => (industry ? INDUSTRY_LABELS[industry] : '—'),
  },
  { title: '服务热线', dataIndex: 'hotline', width: 120, render: (hotline: string | null) => hotline ?? '—' },
  { title: '简介', dataIndex: 'description', ellipsis: true },
];

/** 机构: every agency, filtered by kind (kept in the URL, so the dashboard can link here) and by name. */
export default function AgenciesPage() {
  const [params, setParams] = useSearchParams();
  const kind = parseKind(params.get('kind'));
  // Local state, not the URL: a controlled input fed from router state fights the IME while typing Chinese.
  const [name, setName] = useState('');
  const { data, error, loading, reload } = useApiData((signal) => listAgencies({}, signal), []);

  const rows = useMemo(() => {
    const needle = name.trim();
    return (data ?? []).filter((agency) => (kind === ALL || agency.kind === kind) && agency.name.includes(needle));
  }, [data, kind, name]);

  const kindOptions = useMemo(
    (): { value: KindFilter; label: string }[] => [
      { value: ALL, label: `全部（${data?.length ?? 0}）` },
      ...Object.values(AgencyKind).map((value) => ({
        value,
        label: `${AGENCY_KIND_LABELS[value]}（${data?.filter((agency) => agency.kind === value).length ?? 0}）`,
      })),
    ],
    [data],
  );

  const selectKind = (value: KindFilter) => setParams(value === ALL ? {} : { kind: value }, { replace: true });

  return (
    <Card
      title="机构"
      extra={<Input.Search allowClear placeholder="按名称搜索" aria-label="按名称搜索机构" style={{ width: 240 }} onChange={(event) => setName(event.target.value)} />}
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Flex vertical gap={16}>
          <Segmented<KindFilter> options={kindOptions} value={kind} onChange={selectKind} />
          <Table<AgencyView>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (total) => `共 ${total} 个机构` }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={data?.length ? '没有符合条件的机构' : '尚未登记任何机构'}
                />
              ),
            }}
          />
        </Flex>
      )}
    </Card>
  );
}

function parseKind(value: string | null): KindFilter {
  return Object.values(AgencyKind).find((kind) => kind === value) ?? ALL;
}
