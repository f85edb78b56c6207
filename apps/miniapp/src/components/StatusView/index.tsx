import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { goBack } from '../BackBar';
import { Tappable } from '../Tappable';
import './index.scss';

type Props = { kind: 'loading' } | { kind: 'error'; message: string; onRetry: () => void } | { kind: 'empty'; message: string };

/** An error is never a dead end: back to where the citizen came from, or home (docs/accessibility.md). */
function WayOn() {
  return (
    <View className="status__ways">
      <Tappable inline className="status__way" onTap={goBack}>
        返回上一页
      </Tappable>
      <Tappable inline role="link" className="status__way" onTap={() => void Taro.switchTab({ url: '/pages/home/index' })}>
        回到首页
      </Tappable>
    </View>
  );
}

/** The loading, error and empty states every page shows in place of its content. */
export function StatusView(props: Props) {
  return (
    <View className={`status status--${props.kind}`}>
      {props.kind === 'loading' && (
        <>
          <View className="status__spinner" />
          <Text className="status__text">加载中…</Text>
        </>
      )}
      {props.kind === 'error' && (
        <>
          <Text className="status__text">{props.message}</Text>
          <Button className="status__retry" size="mini" onClick={props.onRetry}>
            重新加载
          </Button>
          <WayOn />
        </>
      )}
      {props.kind === 'empty' && <Text className="status__text">{props.message}</Text>}
    </View>
  );
}
