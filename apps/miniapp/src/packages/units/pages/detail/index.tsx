import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { INDUSTRY_LABELS, type AgencyView } from '@weimin/contracts';
import { useEffect } from 'react';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { ShareBar } from '../../../../components/ShareBar';
import { StatusView } from '../../../../components/StatusView';
import { useRemote } from '../../../../hooks/useRemote';
import { useShare } from '../../../../hooks/useShare';
import { getAgency } from '../../../../services/agencies';
import { ApiError } from '../../../../services/http';
import { getUnitNotices } from '../../../../services/notices';
import { SubscribeCard } from '../../components/SubscribeCard';
import { UnitNotices } from '../../components/UnitNotices';
import './index.scss';

function withUnitId<T>(idParam: string | undefined, load: (id: number) => Promise<T>): Promise<T> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) return Promise.reject(new ApiError(400, 'VALIDATION_FAILED', '单位编号无效'));
  return load(id);
}

function leaveMessage(unit: AgencyView) {
  void Taro.navigateTo({ url: `/packages/messages/pages/compose/index?unitId=${unit.id}&unitName=${encodeURIComponent(unit.name)}` });
}

function call(hotline: string) {
  // Cancelling the system dialog rejects; that is not an error worth showing.
  Taro.makePhoneCall({ phoneNumber: hotline }).catch(() => undefined);
}

export default function UnitDetailPage() {
  const { params } = useRouter();
  const unit = useRemote(() => withUnitId<AgencyView>(params.id, getAgency), [params.id]);
  // Loaded beside the unit; a failure here leaves the rest of the page usable.
  const notices = useRemote(() => withUnitId(params.id, getUnitNotices), [params.id]);
  const target = { page: '/packages/units/pages/detail/index', query: { id: params.id ?? '' } };
  useShare(unit.data && { ...target, title: unit.data.name }, target);

  useEffect(() => {
    if (unit.data) void Taro.setNavigationBarTitle({ title: unit.data.name });
  }, [unit.data]);

  return (
    <View {...pageRoot('unit')}>
      <BackBar />
      {unit.loading && <StatusView kind="loading" />}
      {unit.error && <StatusView kind="error" message={unit.error.message} onRetry={unit.reload} />}
      {unit.data && (
        <>
          <View className="card">
            <View className="unit__name">{unit.data.name}</View>
            {unit.data.industry && <Text className="unit__industry">{INDUSTRY_LABELS[unit.data.industry]}</Text>}
            <View className="unit__description">{unit.data.description || '暂无单位简介'}</View>
          </View>
          <ShareBar target={target} />
          <SubscribeCard agencyId={unit.data.id} />
          {notices.data && <UnitNotices notices={notices.data} />}
          {notices.error && !unit.error && <StatusView kind="error" message={notices.error.message} onRetry={notices.reload} />}
          <View className="card">
            <View className="section-title">服务热线</View>
            {unit.data.hotline ? (
              <View className="unit__hotline">
                <Text className="unit__hotline-number">{unit.data.hotline}</Text>
                <Button className="unit__call" aria-label={`拨打 ${unit.data.hotline}`} onClick={() => call(unit.data!.hotline!)}>
                  拨打
                </Button>
              </View>
            ) : (
              <Text className="muted">暂未公布服务热线</Text>
            )}
          </View>
          <View className="card">
            <View className="section-title">留言</View>
            <Text className="muted unit__message-hint">对该单位的服务有疑问、建议或投诉，可直接留言，由该单位答复。</Text>
            <Button className="unit__message" onClick={() => leaveMessage(unit.data!)}>
              给该单位留言
            </Button>
          </View>
        </>
      )}
    </View>
  );
}
