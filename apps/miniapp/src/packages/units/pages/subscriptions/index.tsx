import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { INDUSTRY_LABELS, type SubscriptionView } from '@weimin/contracts';
import { useState } from 'react';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { StatusView } from '../../../../components/StatusView';
import { Tappable } from '../../../../components/Tappable';
import { formatDate } from '../../../../format/datetime';
import { useRemote } from '../../../../hooks/useRemote';
import { listMySubscriptions, unsubscribeFromUnit } from '../../../../services/subscriptions';
import { SUBSCRIBE_EXPLANATION } from '../../subscribe-grant';
import './index.scss';

function SubscriptionItem({ item, onCancelled }: { item: SubscriptionView; onCancelled: () => void }) {
  const [busy, setBusy] = useState(false);
  const cancel = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await unsubscribeFromUnit(item.agencyId);
      onCancelled();
    } catch {
      // The request wrapper showed why.
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="card subscriptions__item">
      <Tappable
        role="link"
        className="subscriptions__unit"
        label={`${item.agencyName}，查看便民公告`}
        onTap={() => void Taro.navigateTo({ url: `/packages/units/pages/detail/index?id=${item.agencyId}` })}
      >
        <Text className="subscriptions__name">{item.agencyName}</Text>
        <Text className="muted subscriptions__meta">
          {item.industry ? `${INDUSTRY_LABELS[item.industry]} · ` : ''}
          {formatDate(item.subscribedAt)} 订阅
        </Text>
      </Tappable>
      <Button className="subscriptions__cancel" aria-label={`取消订阅 ${item.agencyName}`} loading={busy} onClick={() => void cancel()}>
        取消订阅
      </Button>
    </View>
  );
}

/** 我的 → 我的订阅: the units the citizen follows, each stopped with one tap. */
export default function MySubscriptionsPage() {
  const mine = useRemote(() => listMySubscriptions(), []);
  return (
    <View {...pageRoot('subscriptions')}>
      <BackBar />
      <View className="card">
        <Text className="muted subscriptions__hint">{SUBSCRIBE_EXPLANATION}</Text>
      </View>
      {mine.loading && !mine.data && <StatusView kind="loading" />}
      {mine.error && <StatusView kind="error" message={mine.error.message} onRetry={mine.reload} />}
      {mine.data && !mine.error && mine.data.items.length === 0 && <StatusView kind="empty" message="您还没有订阅单位，可在单位页面点“订阅”" />}
      {mine.data && !mine.error && mine.data.items.map((item) => <SubscriptionItem key={item.agencyId} item={item} onCancelled={mine.reload} />)}
    </View>
  );
}
