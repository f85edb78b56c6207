import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { SolicitationStatus } from '@weimin/contracts';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { LoadError } from '../../../components/LoadError';
import { SolicitationTable } from '../components/SolicitationTable';
import { StatusFilter } from '../components/StatusFilter';
import { usePagedSolicitations } from '../components/usePagedSolicitations';

/** 本单位征集: the caller's agency's solicitations (the BFF scopes agency roles), with the way to a new one. */
export default function AgencySolicitationsPage() {
  const navigate = useNavigate();
  const [status, setStatus] = useState<SolicitationStatus>();
  const { list, pagination } = usePagedSolicitations({ status });
  return (
    <Card
      title="本单位征集"
      extra={
        <Flex gap={8}>
          <Button type="text" icon={<ReloadOutlined />} aria-label="刷新本单位征集" onClick={list.reload} loading={list.loading && !!list.data} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/solicitations/new')}>
            起草意见征集
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <StatusFilter value={status} onChange={setStatus} />
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <SolicitationTable items={list.data?.items} loading={list.loading} pagination={pagination} empty="本单位还没有意见征集" />
        )}
      </Flex>
    </Card>
  );
}
