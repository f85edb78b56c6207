import { STAFF_ROLE_LABELS } from '@weimin/contracts';
import { Card, Descriptions, Flex, Tag } from 'antd';
import { useMe } from '../../../stores/session';

/** Who is signed in, with what roles, and when an idle session ends. */
export function MyAccountCard() {
  const me = useMe();
  return (
    <Card title="我的账号">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="姓名">
          {me.displayName}（{me.username}）
        </Descriptions.Item>
        <Descriptions.Item label="所属机构">{me.agency.name}</Descriptions.Item>
        <Descriptions.Item label="角色">
          <Flex gap={4} wrap>
            {me.roles.map((role) => (
              <Tag key={role} style={{ marginInlineEnd: 0 }}>
                {STAFF_ROLE_LABELS[role]}
              </Tag>
            ))}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label="安全">无操作 {Math.round(me.idleTimeoutSeconds / 60)} 分钟后自动退出登录</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
