import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { recordGrants, subscribeToUnit, unsubscribeFromUnit, listMySubscriptions } from '../../../../services/subscriptions';
import { sessionToken } from '../../../../stores/session';
import { askAnnouncementGrant, SUBSCRIBE_EXPLANATION } from '../../subscribe-grant';
import './index.scss';

/**
 * 订阅 on a unit's page: follow it to be told of its 便民公告. On WeChat the tap first asks for a subscribe message (the
 * dialog must come straight from the tap), then follows the unit and reports the grant; on H5 it follows only.
 */
export function SubscribeCard({ agencyId }: { agencyId: number }) {
  const [subscribed, setSubscribed] = useState<boolean | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    // Not signed in yet: not following anything; signing in waits for the tap.
    if (!sessionToken()) return setSubscribed(false);
    listMySubscriptions()
      .then((mine) => setSubscribed(mine.items.some((item) => item.agencyId === agencyId)))
      .catch(() => setSubscribed(false));
  }, [agencyId]);

  // Taps while a request is under way are ignored (a disabled button would be too faint to read, WCAG contrast).
  const subscribe = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const accepted = await askAnnouncementGrant();
      await subscribeToUnit(agencyId);
      if (accepted.length > 0) await recordGrants(accepted);
      setSubscribed(true);
      setNote(accepted.length > 0 ? '已订阅，下一条便民公告会通知您。' : '已订阅。');
    } catch {
      // The request wrapper showed why.
    } finally {
      setBusy(false);
    }
  };

  const unsubscribe = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await unsubscribeFromUnit(agencyId);
      setSubscribed(false);
      setNote('已取消订阅。');
    } catch {
      // The request wrapper showed why.
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card subscribe-card">
      <View className="section-title">订阅便民公告</View>
      <Text className="muted subscribe-card__hint">{SUBSCRIBE_EXPLANATION}</Text>
      {subscribed ? (
        <Button className="subscribe-card__button subscribe-card__button--off" loading={busy} onClick={() => void unsubscribe()}>
          取消订阅
        </Button>
      ) : (
        subscribed === false && (
          <Button className="subscribe-card__button" loading={busy} onClick={() => void subscribe()}>
            订阅
          </Button>
        )
      )}
      {note && <Text className="subscribe-card__note">{note}</Text>}
    </View>
  );
}
