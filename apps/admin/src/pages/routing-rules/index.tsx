import { PlusOutlined } from '@ant-design/icons';
import type { RoutingRuleView } from '@weimin/contracts';
import { App, Button, Card, Empty, Input, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useAccess } from '../../access';
import { listRoutingRules, setRoutingRuleActive } from '../../api/routing';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import { RoutingRuleDialog } from './components/RoutingRuleDialog';

/** The dialog: creating (no rule) or editing one; the rule stays while the dialog animates closed. */
interface Editing {
  open: boolean;
  rule?: RoutingRuleView;
}

/**
 * 派单规则: a message that names no agency goes to the agency of the first active rule whose keyword it contains,
 * highest priority first; one that matches none waits in 待交办. The office reads them; the admin keeps them.
 */
export default function RoutingRulesPage() {
  const { canManageRoutingRules } = useAccess();
  const { message } = App.useApp();
  const [keyword, setKeyword] = useState('');
  const [editing, setEditing] = useState<Editing>({ open: false });
  const { data, error, loading, reload } = useApiData((signal) => listRoutingRules(signal), []);

  const rows = useMemo(() => {
    const needle = keyword.trim();
    return (data ?? []).filter((rule) => rule.keyword.includes(needle) || rule.agencyName.includes(needle));
  }, [data, keyword]);

  const toggleActive = async (rule: RoutingRuleView) => {
    try {
      await setRoutingRuleActive(rule.id, !rule.active);
    } catch {
      return; // toasted by the client
    }
    void message.success(rule.active ? `已停用规则「${rule.keyword}」` : `已启用规则「${rule.keyword}」`);
    reload();
  };

  const columns: TableColumnsType<RoutingRuleView> = [
    { title: '关键词', dataIndex: 'keyword', width: 180, render: (text: string) => <Typography.Text strong>{text}</Typography.Text> },
    { title: '承办单位', dataIndex: 'agencyName', ellipsis: true },
    { title: '优先级', dataIndex: 'priority', width: 90 },
    { title: '状态', dataIndex: 'active', width: 90, render: (active: boolean) => (active ? <Tag color="success">启用</Tag> : <Tag>已停用</Tag>) },
  ];
  if (canManageRoutingRules) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 130,
      render: (_, rule) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing({ open: true, rule })}>
            编辑
          </Button>
          <Popconfirm
            title={rule.active ? `停用规则「${rule.keyword}」？` : `启用规则「${rule.keyword}」？`}
            description={rule.active ? '停用后新留言不再按此关键词分派。' : undefined}
            okText={rule.active ? '停用' : '启用'}
            okButtonProps={{ danger: rule.active }}
            // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits the promise (its OK button spins until it settles), though typed as void
            onConfirm={() => toggleActive(rule)}
          >
            <Button type="link" size="small" danger={rule.active}>
              {rule.active ? '停用' : '启用'}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Card
      title={
        <Space>
          派单规则
          {!canManageRoutingRules && <Tag>只读</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder="关键词或承办单位"
            aria-label="搜索派单规则"
            style={{ width: 220 }}
            onChange={(event) => setKeyword(event.target.value)}
          />
          {canManageRoutingRules && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true })}>
              新增规则
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        未指定承办单位的留言，标题或内容包含关键词时自动交办给对应单位；同时匹配多条时按优先级（数字大的优先）选择。未匹配任何规则的留言进入待交办，由政务公开办人工交办。
      </Typography.Paragraph>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table<RoutingRuleView>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (total) => `共 ${total} 条规则` }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={data?.length ? '没有符合条件的规则' : '尚未设置派单规则'} /> }}
        />
      )}
      {canManageRoutingRules && (
        <RoutingRuleDialog
          open={editing.open}
          rule={editing.rule}
          onClose={() => setEditing((previous) => ({ ...previous, open: false }))}
          onSaved={() => {
            setEditing((previous) => ({ ...previous, open: false }));
            reload();
          }}
        />
      )}
    </Card>
  );
}
