import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { INTERPRETATION_STATUS_LABELS, type InterpretationStatus } from '@weimin/contracts';
import { Button, Card, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { LoadError } from '../../../components/LoadError';
import { InterpretationTable } from '../components/InterpretationTable';
import { usePagedInterpretations } from '../components/usePagedInterpretations';

const ALL = 'all';
const FILTERS: Array<{ value: InterpretationStatus | typeof ALL; label: string }> = [
  { value: ALL, label: '全部' },
  ...(['draft', 'returned', 'agency_review', 'office_review', 'final_review', 'published'] as const).map((value) => ({
    value,
    label: INTERPRETATION_STATUS_LABELS[value],
  })),
];

/** 我的起草: the caller's own drafts, returned items to rework first, with the way to a new one. */
export default function MyDraftsPage() {
  const navigate = useNavigate();
  const [status, setStatus] = useState<InterpretationStatus | typeof ALL>(ALL);
  const { list, pagination } = usePagedInterpretations({ mine: true, status: status === ALL ? undefined : status });
  return (
    <Card
      title="我的起草"
      extra={
        <Flex gap={8}>
          <Button type="text" icon={<ReloadOutlined />} aria-label="刷新我的起草" onClick={list.reload} loading={list.loading && !!list.data} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/interpretations/new')}>
            起草解读
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Segmented options={FILTERS} value={status} onChange={(value) => setStatus(value)} />
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <InterpretationTable items={list.data?.items} loading={list.loading} pagination={pagination} empty="还没有起草的解读" />
        )}
      </Flex>
    </Card>
  );
}
