import { ReloadOutlined } from '@ant-design/icons';
import type { SolicitationStatus } from '@weimin/contracts';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { AgencySelect } from '../../../components/AgencySelect';
import { LoadError } from '../../../components/LoadError';
import { SolicitationTable } from '../components/SolicitationTable';
import { StatusFilter } from '../components/StatusFilter';
import { usePagedSolicitations } from '../components/usePagedSolicitations';

/** 全部征集: every agency's solicitations, for the office, by state and agency. */
export default function AllSolicitationsPage() {
  const [status, setStatus] = useState<SolicitationStatus>();
  const [agencyId, setAgencyId] = useState<number>();
  const { list, pagination } = usePagedSolicitations({ status, agencyId });
  return (
    <Card
      title="全部征集"
      extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新全部征集" onClick={list.reload} loading={list.loading && !!list.data} />}
    >
      <Flex vertical gap={16}>
        <Flex gap={12} wrap>
          <StatusFilter value={status} onChange={setStatus} />
          <AgencySelect aria-label="按发起单位筛选" placeholder="发起单位" allowClear style={{ width: 240 }} value={agencyId} onChange={setAgencyId} />
        </Flex>
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <SolicitationTable items={list.data?.items} loading={list.loading} pagination={pagination} empty="没有符合条件的意见征集" />
        )}
      </Flex>
    </Card>
  );
}
