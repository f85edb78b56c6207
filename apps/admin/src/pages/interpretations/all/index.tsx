import { ReloadOutlined } from '@ant-design/icons';
import { INTERPRETATION_STATUS_LABELS, InterpretationStatus, LIFE_EVENT_STAGES, type LifeEventStage } from '@weimin/contracts';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { LoadError } from '../../../components/LoadError';
import { InterpretationTable } from '../components/InterpretationTable';
import { usePagedInterpretations } from '../components/usePagedInterpretations';

/** 全部解读: every agency's interpretations, for the office, by state, stage and title. */
export default function AllInterpretationsPage() {
  const [status, setStatus] = useState<InterpretationStatus>();
  const [stage, setStage] = useState<LifeEventStage>();
  const [q, setQ] = useState<string>();
  const { list, pagination } = usePagedInterpretations({ status, stage, q });
  return (
    <Card
      title="全部解读"
      extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新全部解读" onClick={list.reload} loading={list.loading && !!list.data} />}
    >
      <Flex vertical gap={16}>
        <Flex gap={12} wrap>
          <Select<InterpretationStatus>
            aria-label="按状态筛选"
            placeholder="状态"
            allowClear
            style={{ width: 160 }}
            value={status}
            onChange={setStatus}
            options={Object.values(InterpretationStatus).map((value) => ({ value, label: INTERPRETATION_STATUS_LABELS[value] }))}
          />
          <Select<LifeEventStage>
            aria-label="按阶段筛选"
            placeholder="生命周期阶段"
            allowClear
            style={{ width: 160 }}
            value={stage}
            onChange={setStage}
            options={LIFE_EVENT_STAGES.map((s) => ({ value: s.code, label: s.name }))}
          />
          <Input.Search
            aria-label="按标题搜索解读"
            placeholder="标题"
            allowClear
            maxLength={60}
            onSearch={(value) => setQ(value.trim() || undefined)}
            style={{ width: 240 }}
          />
        </Flex>
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <InterpretationTable items={list.data?.items} loading={list.loading} pagination={pagination} empty="没有符合条件的解读" />
        )}
      </Flex>
    </Card>
  );
}
