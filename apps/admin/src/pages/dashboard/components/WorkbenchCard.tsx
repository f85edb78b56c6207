import { WorkbenchItemKey, type WorkbenchItem } from '@weimin/contracts';
import { Card, Col, Empty, Flex, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useAccess, type Access } from '../../../access';
import { getWorkbench } from '../../../api/workbench';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';

type Group = '留言' | '政策解读' | '依申请公开' | '意见征集';
const GROUPS: Group[] = ['留言', '政策解读', '依申请公开', '意见征集'];

/**
 * What each count is and the list it opens, with the same filter the BFF counted (apps/bff/src/workbench): the office
 * goes to the city-wide lists, an agency to its own.
 */
function itemOf(key: WorkbenchItemKey, access: Access): { group: Group; label: string; to: string } {
  const office = access.canDispatchMessages;
  switch (key) {
    case WorkbenchItemKey.MessagesToDispatch:
      return { group: '留言', label: '待交办', to: '/messages/queue' };
    case WorkbenchItemKey.MessagesHeld:
      return { group: '留言', label: '待审核', to: '/messages/queue?status=held' };
    case WorkbenchItemKey.MessagesToAnswer:
      return { group: '留言', label: '待答复', to: '/messages/mine' };
    case WorkbenchItemKey.MessagesDueSoon:
      return { group: '留言', label: '即将到期', to: office ? '/messages/all?dueSoon=true' : '/messages/mine?dueSoon=true' };
    case WorkbenchItemKey.MessagesOverdue:
      return { group: '留言', label: '逾期', to: office ? '/messages/all?overdue=true' : '/messages/mine?overdue=true' };
    case WorkbenchItemKey.InterpretationsToReview:
      return { group: '政策解读', label: '待审核', to: '/interpretations/review' };
    case WorkbenchItemKey.DisclosuresToRoute:
      return { group: '依申请公开', label: '待转办', to: '/disclosure/routing' };
    case WorkbenchItemKey.DisclosuresHandling:
      return { group: '依申请公开', label: '办理中', to: '/disclosure/mine?status=handling' };
    case WorkbenchItemKey.DisclosuresOverdue:
      return { group: '依申请公开', label: '逾期', to: access.canOverseeDisclosure ? '/disclosure/all?due=overdue' : '/disclosure/mine?due=overdue' };
    case WorkbenchItemKey.SolicitationsToReview:
      return { group: '意见征集', label: '待审核', to: '/solicitations/review' };
    // One page for both: the BFF gives the office every agency's, an agency its own.
    case WorkbenchItemKey.SolicitationsFeedbackOverdue:
      return { group: '意见征集', label: '反馈逾期', to: '/solicitations/overdue' };
    case WorkbenchItemKey.OpinionsHeld:
      return { group: '意见征集', label: '意见待审核', to: '/solicitations/held' };
  }
}

const ALERTS: readonly WorkbenchItemKey[] = [
  WorkbenchItemKey.MessagesOverdue,
  WorkbenchItemKey.DisclosuresOverdue,
  WorkbenchItemKey.SolicitationsFeedbackOverdue,
];

/** 我的待办: the caller's work in counts, each a link to the list filtered to exactly those items. */
export function WorkbenchCard() {
  const access = useAccess();
  const { data, error, loading, reload } = useApiData((signal) => getWorkbench(signal), []);
  const items = (data?.items ?? []).map((item) => ({ ...item, ...itemOf(item.key, access) }));

  return (
    <Card title="我的待办" loading={loading && !data}>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : data?.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="您的角色没有需要办理的事项" />
      ) : (
        <Flex vertical gap={16}>
          {GROUPS.filter((group) => items.some((item) => item.group === group)).map((group) => (
            <section key={group} aria-labelledby={`workbench-${group}`}>
              <Typography.Title level={5} id={`workbench-${group}`} style={{ marginTop: 0 }}>
                {group}
              </Typography.Title>
              <Row gutter={[16, 8]}>
                {items
                  .filter((item) => item.group === group)
                  .map((item) => (
                    <Col key={item.key} xs={12} sm={8} md={6}>
                      <WorkbenchCount item={item} label={item.label} to={item.to} alert={ALERTS.includes(item.key) && item.count > 0} />
                    </Col>
                  ))}
              </Row>
            </section>
          ))}
        </Flex>
      )}
    </Card>
  );
}

function WorkbenchCount({ item, label, to, alert }: { item: WorkbenchItem; label: string; to: string; alert: boolean }) {
  return (
    <Link to={to} aria-label={`${label} ${item.count} 件`} data-workbench={item.key}>
      <Statistic title={label} value={item.count} suffix="件" styles={alert ? { content: { color: '#cf1322' } } : undefined} />
    </Link>
  );
}
