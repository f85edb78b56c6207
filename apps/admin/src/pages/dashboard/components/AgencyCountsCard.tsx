import { AGENCY_KIND_LABELS, type AgencyKind } from '@weimin/contracts';
import { Card, Col, Empty, Row, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { useAccess } from '../../../access';
import { listAgencies } from '../../../api/agencies';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';

/** The kinds staff work with; the office itself is one agency and needs no count. */
const COUNTED_KINDS: readonly AgencyKind[] = ['department', 'township', 'public_enterprise'];

/** Active agencies by kind, from the public directory; those who may open 机构管理 can click through to it. */
export function AgencyCountsCard() {
  const { canViewAgenciesAdmin } = useAccess();
  const { data, error, loading, reload } = useApiData((signal) => listAgencies({}, signal), []);
  const total = data && `全部 ${data.length} 个`;

  return (
    <Card title="机构" loading={loading && !data} extra={canViewAgenciesAdmin ? data && <Link to="/agencies">{total}</Link> : total}>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : data?.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未登记任何机构" />
      ) : (
        data && (
          <Row gutter={16}>
            {COUNTED_KINDS.map((kind) => (
              <Col key={kind} span={8}>
                {canViewAgenciesAdmin ? (
                  <Link to={`/agencies?kind=${kind}`} aria-label={`${AGENCY_KIND_LABELS[kind]} ${countOf(data, kind)} 个`}>
                    <Statistic title={AGENCY_KIND_LABELS[kind]} value={countOf(data, kind)} suffix="个" />
                  </Link>
                ) : (
                  <Statistic title={AGENCY_KIND_LABELS[kind]} value={countOf(data, kind)} suffix="个" />
                )}
              </Col>
            ))}
          </Row>
        )
      )}
    </Card>
  );
}

function countOf(agencies: readonly { kind: AgencyKind }[], kind: AgencyKind): number {
  return agencies.filter((agency) => agency.kind === kind).length;
}
