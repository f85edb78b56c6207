import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { NOTICE_SECTION_LABELS, NOTICE_SECTIONS, type NoticeSection, type NoticeStatus, type StaffNoticeView } from '@weimin/contracts';
import { Button, Card, Empty, Flex, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAccess } from '../../access';
import { listNotices } from '../../api/notices';
import { AgencySelect } from '../../components/AgencySelect';
import { DateTime } from '../../components/DateTime';
import { LoadError } from '../../components/LoadError';
import { RichText } from '../../components/RichText';
import { WxacodeButton } from '../../components/WxacodeButton';
import { useApiData } from '../../hooks/useApiData';
import { useMe } from '../../stores/session';
import { NoticeFormDialog } from './components/NoticeFormDialog';
import { WithdrawNoticeDialog } from './components/WithdrawNoticeDialog';

const ALL = 'all';
const PAGE_SIZE = 20;

/** The dialog: publishing (no notice) or editing one; the notice stays while the dialog animates closed. */
interface Editing {
  open: boolean;
  notice?: StaffNoticeView;
}

/**
 * 信息公开: a public enterprise's staff publish, edit and withdraw their unit's notices in its three sections; the
 * office reads every unit's (filter by unit), without actions. Row expansion shows the body as citizens read it.
 */
export default function NoticesPage() {
  const { canPublishNotices } = useAccess();
  const me = useMe();
  const [section, setSection] = useState<NoticeSection | typeof ALL>(ALL);
  const [status, setStatus] = useState<NoticeStatus | typeof ALL>('published');
  const [agencyId, setAgencyId] = useState<number>();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>({ open: false });
  const [withdrawing, setWithdrawing] = useState<StaffNoticeView>();
  const query = { section: section === ALL ? undefined : section, status: status === ALL ? undefined : status, agencyId, page, pageSize: PAGE_SIZE };
  const list = useApiData((signal) => listNotices(query, signal), [JSON.stringify(query)]);

  const columns: TableColumnsType<StaffNoticeView> = [
    { title: '标题', dataIndex: 'title', ellipsis: true, render: (title: string) => <Typography.Text strong>{title}</Typography.Text> },
    { title: '栏目', dataIndex: 'section', width: 110, render: (value: NoticeSection) => NOTICE_SECTION_LABELS[value] },
    ...(canPublishNotices ? [] : [{ title: '单位', dataIndex: 'agencyName', width: 220, ellipsis: true }]),
    { title: '发布时间', dataIndex: 'publishedAt', width: 190, render: (value: string) => <DateTime value={value} /> },
    {
      title: '有效期',
      key: 'validity',
      width: 200,
      render: (_, notice) =>
        notice.validFrom || notice.validUntil ? (
          <Space direction="vertical" size={0}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {notice.validFrom ? <DateTime value={notice.validFrom} /> : '—'} 至 {notice.validUntil ? <DateTime value={notice.validUntil} /> : '—'}
            </Typography.Text>
            {notice.expired && <Tag>已过期</Tag>}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (value: NoticeStatus, notice) =>
        value === 'published' ? <Tag color="success">已发布</Tag> : <Tag title={notice.withdrawReason ?? undefined}>已撤回</Tag>,
    },
  ];
  columns.push({
    title: '操作',
    key: 'actions',
    width: canPublishNotices ? 200 : 110,
    render: (_, notice) => (
      <Space size={0}>
        {canPublishNotices && notice.allowedActions.includes('edit') && (
          <Button type="link" size="small" onClick={() => setEditing({ open: true, notice })}>
            修改
          </Button>
        )}
        {canPublishNotices && notice.allowedActions.includes('withdraw') && (
          <Button type="link" size="small" danger onClick={() => setWithdrawing(notice)}>
            撤回
          </Button>
        )}
        {notice.status === 'published' && <WxacodeButton kind="notice" id={notice.id} name={notice.title} type="link" size="small" />}
      </Space>
    ),
  });

  const saved = () => {
    setEditing((previous) => ({ ...previous, open: false }));
    setWithdrawing(undefined);
    list.reload();
  };

  return (
    <Card
      title="信息公开"
      extra={
        <Flex gap={8} align="center">
          {canPublishNotices && <Typography.Text type="secondary">{me.agency.name}</Typography.Text>}
          <Button type="text" icon={<ReloadOutlined />} aria-label="刷新信息列表" onClick={list.reload} loading={list.loading && !!list.data} />
          {canPublishNotices && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true })}>
              发布信息
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={16} wrap align="center">
          <Segmented<NoticeSection | typeof ALL>
            options={[{ value: ALL, label: '全部栏目' }, ...NOTICE_SECTIONS.map((value) => ({ value, label: NOTICE_SECTION_LABELS[value] }))]}
            value={section}
            onChange={(value) => {
              setSection(value);
              setPage(1);
            }}
          />
          <Segmented<NoticeStatus | typeof ALL>
            options={[
              { value: 'published', label: '已发布' },
              { value: 'withdrawn', label: '已撤回' },
              { value: ALL, label: '全部' },
            ]}
            value={status}
            onChange={(value) => {
              setStatus(value);
              setPage(1);
            }}
          />
          {!canPublishNotices && (
            <AgencySelect
              kind="public_enterprise"
              allowClear
              placeholder="全部单位"
              aria-label="按单位筛选"
              style={{ width: 260 }}
              value={agencyId}
              onChange={(value?: number) => {
                setAgencyId(value);
                setPage(1);
              }}
            />
          )}
        </Flex>
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <Table<StaffNoticeView>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.loading}
            expandable={{ expandedRowRender: (notice) => <RichText html={notice.bodyHtml} /> }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showTotal: (total) => `共 ${total} 条`, onChange: setPage }}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的信息" /> }}
          />
        )}
      </Flex>
      {canPublishNotices && (
        <>
          <NoticeFormDialog
            open={editing.open}
            notice={editing.notice}
            onClose={() => setEditing((previous) => ({ ...previous, open: false }))}
            onSaved={saved}
          />
          <WithdrawNoticeDialog notice={withdrawing} onClose={() => setWithdrawing(undefined)} onDone={saved} />
        </>
      )}
    </Card>
  );
}
