import { PlusOutlined } from '@ant-design/icons';
import {
  AGENCY_KIND_LABELS,
  AgencyKind,
  STAFF_ROLE_LABELS,
  type AgencyAdminView,
  type StaffAccountListQuery,
  type StaffAccountView,
  type StaffRole,
} from '@weimin/contracts';
import { App, Button, Card, Empty, Flex, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAccess } from '../../access';
import { listAccounts, setAccountActive, unlockAccount } from '../../api/accounts';
import { listAdminAgencies } from '../../api/agencies';
import { DateTime } from '../../components/DateTime';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import { useMe } from '../../stores/session';
import { AccountFormDialog } from './components/AccountFormDialog';
import { ResetPasswordDialog } from './components/ResetPasswordDialog';
import { ALL_ROLES } from './components/roles';

const ROLE_COLORS: Record<StaffRole, string> = {
  agency_staff: 'default',
  agency_head: 'blue',
  office_staff: 'cyan',
  office_head: 'geekblue',
  admin: 'gold',
};

const NO_AGENCIES: AgencyAdminView[] = [];

/** Which dialog is open, for which account; the account stays while the dialog animates closed. */
interface Dialog {
  kind?: 'create' | 'edit' | 'password';
  account?: StaffAccountView;
}

/**
 * 账号管理. Admins see every account, filter by agency, role and name, and manage them; an agency head reads their own
 * agency's accounts (the BFF scopes the list). Filters live in the URL, so a filtered list can be linked to.
 */
export default function AccountsPage() {
  const me = useMe();
  const { canManageAccounts } = useAccess();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const query = parseQuery(params);
  const [dialog, setDialog] = useState<Dialog>({});

  const accounts = useApiData((signal) => listAccounts(query, signal), [query.agencyId, query.role, query.q]);
  // Only admins may read the agency list (and only they filter by agency or pick one).
  const agencies = useApiData((signal) => (canManageAccounts ? listAdminAgencies(signal) : Promise.resolve(NO_AGENCIES)), [canManageAccounts]);

  const setFilter = (key: keyof StaffAccountListQuery, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
    } catch {
      return; // toasted by the client
    }
    void message.success(done);
    accounts.reload();
  };

  const agencyOptions = useMemo(
    () =>
      Object.values(AgencyKind).map((kind) => ({
        label: AGENCY_KIND_LABELS[kind],
        title: AGENCY_KIND_LABELS[kind],
        options: (agencies.data ?? []).filter((agency) => agency.kind === kind).map((agency) => ({ value: agency.id, label: agency.name })),
      })),
    [agencies.data],
  );

  const columns: TableColumnsType<StaffAccountView> = [
    { title: '用户名', dataIndex: 'username', width: 160 },
    { title: '姓名', dataIndex: 'displayName', width: 120 },
    { title: '所属机构', dataIndex: 'agencyName', ellipsis: true },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (roles: StaffRole[]) => (
        <Flex gap={4} wrap>
          {roles.map((role) => (
            <Tag key={role} color={ROLE_COLORS[role]} style={{ marginInlineEnd: 0 }}>
              {STAFF_ROLE_LABELS[role]}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: '状态', key: 'status', width: 110, render: (_, account) => <AccountStatus account={account} /> },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      width: 180,
      render: (at: string | null) => (at ? <DateTime value={at} /> : <Typography.Text type="secondary">从未登录</Typography.Text>),
    },
  ];
  if (canManageAccounts) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 240,
      render: (_, account) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', account })}>
            编辑
          </Button>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'password', account })}>
            重置密码
          </Button>
          {account.lockedUntil && (
            <Button type="link" size="small" onClick={() => void act(() => unlockAccount(account.id), `已解除「${account.username}」的锁定`)}>
              解锁
            </Button>
          )}
          {account.id !== me.id && (
            <Popconfirm
              title={account.active ? `停用账号「${account.username}」？` : `启用账号「${account.username}」？`}
              description={account.active ? '停用后该账号立即退出登录，且不能再登录。' : '启用后该账号可以重新登录。'}
              okText={account.active ? '停用' : '启用'}
              okButtonProps={{ danger: account.active }}
              // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits the promise (its OK button spins until it settles), though typed as void
              onConfirm={() =>
                act(() => setAccountActive(account.id, !account.active), account.active ? `已停用「${account.username}」` : `已启用「${account.username}」`)
              }
            >
              <Button type="link" size="small" danger={account.active}>
                {account.active ? '停用' : '启用'}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    });
  }

  const closeDialog = () => setDialog((previous) => ({ ...previous, kind: undefined }));
  const saved = () => {
    closeDialog();
    accounts.reload();
  };

  return (
    <Card
      title={
        <Space>
          账号管理
          {!canManageAccounts && <Tag>只读</Tag>}
        </Space>
      }
      extra={
        canManageAccounts ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            新建账号
          </Button>
        ) : (
          <Typography.Text type="secondary">仅显示{me.agency.name}的账号</Typography.Text>
        )
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={12} wrap>
          {canManageAccounts && (
            <Select<number>
              aria-label="按机构筛选账号"
              placeholder="全部机构"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={agencies.loading}
              options={agencyOptions}
              value={query.agencyId}
              onChange={(value) => setFilter('agencyId', value)}
              style={{ width: 260 }}
            />
          )}
          <Select<StaffRole>
            aria-label="按角色筛选账号"
            placeholder="全部角色"
            allowClear
            options={ALL_ROLES.map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] }))}
            value={query.role}
            onChange={(value) => setFilter('role', value)}
            style={{ width: 200 }}
          />
          <Input.Search
            aria-label="按用户名或姓名搜索账号"
            placeholder="用户名或姓名"
            allowClear
            defaultValue={query.q}
            maxLength={64}
            onSearch={(value) => setFilter('q', value.trim())}
            style={{ width: 240 }}
          />
        </Flex>
        {accounts.error ? (
          <LoadError error={accounts.error} onRetry={accounts.reload} />
        ) : (
          <Table<StaffAccountView>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={accounts.data}
            loading={accounts.loading}
            pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (total) => `共 ${total} 个账号` }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的账号" /> }}
          />
        )}
      </Flex>
      {canManageAccounts && (
        <>
          <AccountFormDialog
            open={dialog.kind === 'create' || dialog.kind === 'edit'}
            account={dialog.kind === 'create' ? undefined : dialog.account}
            selfId={me.id}
            agencies={agencies.data ?? NO_AGENCIES}
            onClose={closeDialog}
            onSaved={saved}
          />
          <ResetPasswordDialog open={dialog.kind === 'password'} account={dialog.account} onClose={closeDialog} onSaved={saved} />
        </>
      )}
    </Card>
  );
}

function AccountStatus({ account }: { account: StaffAccountView }) {
  if (!account.active) return <Tag>已停用</Tag>;
  if (account.lockedUntil) {
    return (
      <Tooltip
        title={
          <>
            锁定至 <DateTime value={account.lockedUntil} />
          </>
        }
      >
        <Tag color="warning">已锁定</Tag>
      </Tooltip>
    );
  }
  return <Tag color="success">正常</Tag>;
}

function parseQuery(params: URLSearchParams): StaffAccountListQuery {
  const agencyId = Number(params.get('agencyId'));
  const role = ALL_ROLES.find((value) => value === params.get('role'));
  return {
    agencyId: Number.isInteger(agencyId) && agencyId > 0 ? agencyId : undefined,
    role,
    q: params.get('q') || undefined,
  };
}
