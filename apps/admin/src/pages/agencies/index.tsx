import { PlusOutlined } from '@ant-design/icons';
import { AGENCY_KIND_LABELS, AgencyKind, INDUSTRY_LABELS, type AgencyAdminView, type Industry } from '@weimin/contracts';
import { App, Button, Card, Empty, Flex, Input, Popconfirm, Segmented, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAccess } from '../../access';
import { listAdminAgencies, setAgencyActive } from '../../api/agencies';
import { LoadError } from '../../components/LoadError';
import { WxacodeButton } from '../../components/WxacodeButton';
import { useApiData } from '../../hooks/useApiData';
import { AgencyFormDialog } from './components/AgencyFormDialog';

const KIND_COLORS: Record<AgencyKind, string> = {
  office: 'gold',
  department: 'blue',
  township: 'green',
  public_enterprise: 'purple',
};

const ALL = 'all';
type KindFilter = AgencyKind | typeof ALL;
type StatusFilter = 'active' | 'inactive' | typeof ALL;

const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: ALL, label: '全部状态' },
  { value: 'active', label: '启用中' },
  { value: 'inactive', label: '已停用' },
];

/** The dialog: creating (no agency) or editing one; the agency stays while the dialog animates closed. */
interface Editing {
  open: boolean;
  agency?: AgencyAdminView;
}

/**
 * 机构管理: every agency, inactive ones included, filtered by kind (kept in the URL, so the dashboard can link here),
 * status and name. The office reads it; admins also create, edit, disable and enable agencies.
 */
export default function AgenciesPage() {
  const { canManageAgencies } = useAccess();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const kind = parseKind(params.get('kind'));
  const [status, setStatus] = useState<StatusFilter>(ALL);
  // Local state, not the URL: a controlled input fed from router state fights the IME while typing Chinese.
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<Editing>({ open: false });
  const { data, error, loading, reload } = useApiData((signal) => listAdminAgencies(signal), []);

  const rows = useMemo(() => {
    const needle = name.trim();
    return (data ?? []).filter(
      (agency) => (kind === ALL || agency.kind === kind) && (status === ALL || agency.active === (status === 'active')) && agency.name.includes(needle),
    );
  }, [data, kind, status, name]);

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

  const toggleActive = async (agency: AgencyAdminView) => {
    try {
      await setAgencyActive(agency.id, !agency.active);
    } catch {
      return; // toasted by the client
    }
    void message.success(agency.active ? `已停用「${agency.name}」` : `已启用「${agency.name}」`);
    reload();
  };

  const columns: TableColumnsType<AgencyAdminView> = [
    { title: '机构名称', dataIndex: 'name', width: 260 },
    { title: '代码', dataIndex: 'code', width: 150 },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 140,
      render: (value: AgencyKind) => <Tag color={KIND_COLORS[value]}>{AGENCY_KIND_LABELS[value]}</Tag>,
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
    {
      title: '状态',
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) => (active ? <Tag color="success">启用</Tag> : <Tag>已停用</Tag>),
    },
  ];
  columns.push({
    title: '操作',
    key: 'actions',
    width: canManageAgencies ? 220 : 110,
    render: (_, agency) => (
      <Space size={0}>
        {canManageAgencies && (
          <Button type="link" size="small" onClick={() => setEditing({ open: true, agency })}>
            编辑
          </Button>
        )}
        {canManageAgencies && agency.kind !== AgencyKind.Office && (
          <Popconfirm
            title={agency.active ? `停用「${agency.name}」？` : `启用「${agency.name}」？`}
            description={agency.active ? '停用后市民端不再显示该机构，也不能再为其新建账号。' : undefined}
            okText={agency.active ? '停用' : '启用'}
            okButtonProps={{ danger: agency.active }}
            // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits the promise (its OK button spins until it settles), though typed as void
            onConfirm={() => toggleActive(agency)}
          >
            <Button type="link" size="small" danger={agency.active}>
              {agency.active ? '停用' : '启用'}
            </Button>
          </Popconfirm>
        )}
        {/* 小程序码 of a unit's page (公共企事业单位): only units have one in the mini-program. */}
        {agency.active && agency.kind === AgencyKind.PublicEnterprise && (
          <WxacodeButton kind="unit" id={agency.id} name={agency.name} type="link" size="small" />
        )}
      </Space>
    ),
  });

  return (
    <Card
      title="机构管理"
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder="按名称搜索"
            aria-label="按名称搜索机构"
            style={{ width: 240 }}
            onChange={(event) => setName(event.target.value)}
          />
          {canManageAgencies && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true })}>
              新增机构
            </Button>
          )}
        </Space>
      }
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Flex vertical gap={16}>
          <Flex gap={16} wrap align="center">
            <Segmented<KindFilter> options={kindOptions} value={kind} onChange={selectKind} />
            <Select<StatusFilter> aria-label="按状态筛选机构" options={STATUS_OPTIONS} value={status} onChange={setStatus} style={{ width: 120 }} />
          </Flex>
          <Table<AgencyAdminView>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (total) => `共 ${total} 个机构` }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={data?.length ? '没有符合条件的机构' : '尚未登记任何机构'} />,
            }}
          />
        </Flex>
      )}
      <AgencyFormDialog
        open={editing.open}
        agency={editing.agency}
        onClose={() => setEditing((previous) => ({ ...previous, open: false }))}
        onSaved={() => {
          setEditing((previous) => ({ ...previous, open: false }));
          reload();
        }}
      />
    </Card>
  );
}

function parseKind(value: string | null): KindFilter {
  return Object.values(AgencyKind).find((kind) => kind === value) ?? ALL;
}
