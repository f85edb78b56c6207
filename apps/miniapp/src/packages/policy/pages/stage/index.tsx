import { Text, View } from '@tarojs/components';
import Taro, { useReachBottom, useRouter } from '@tarojs/taro';
import { AUDIENCE_LABELS, type LifeEventStage, type LifeEventStageView } from '@weimin/contracts';
import { useEffect } from 'react';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { StatusView } from '../../../../components/StatusView';
import { usePageRefresh } from '../../../../hooks/usePageRefresh';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useRemote } from '../../../../hooks/useRemote';
import { ApiError } from '../../../../services/http';
import { listInterpretations } from '../../../../services/interpretations';
import { listStages } from '../../../../services/stages';
import { InterpretationList } from '../../components/InterpretationList';
import './index.scss';

/** There is no single-stage endpoint; the list is 14 rows. */
async function findStage(code: string | undefined): Promise<LifeEventStageView> {
  const stage = (await listStages()).find((s) => s.code === code);
  if (!stage) throw new ApiError(404, 'NOT_FOUND', '未找到该办事阶段');
  return stage;
}

/** A stage: what it covers, and its published interpretations, newest first. */
export default function StagePage() {
  const { params } = useRouter();
  const stage = useRemote(() => findStage(params.code), [params.code]);
  const items = usePagedList((page) => listInterpretations({ stage: params.code as LifeEventStage, page, pageSize: 10 }), [params.code]);

  usePageRefresh(items.refresh);
  useReachBottom(() => {
    if (!items.error) items.loadMore();
  });

  useEffect(() => {
    if (stage.data) void Taro.setNavigationBarTitle({ title: stage.data.name });
  }, [stage.data]);

  return (
    <View {...pageRoot('stage')}>
      <BackBar />
      {stage.loading && <StatusView kind="loading" />}
      {stage.error && <StatusView kind="error" message={stage.error.message} onRetry={stage.reload} />}
      {stage.data && (
        <>
          <View className="card">
            <Text className="stage__audience">{AUDIENCE_LABELS[stage.data.audience]}办事</Text>
            <View className="stage__name">{stage.data.name}</View>
            <Text className="stage__description">{stage.data.description}</Text>
          </View>
          <View className="section-title stage__list-title">政策解读</View>
          <InterpretationList list={items} empty="该阶段的政策解读正在整理中" />
        </>
      )}
    </View>
  );
}
