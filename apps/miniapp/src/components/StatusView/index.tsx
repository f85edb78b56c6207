import { Button, Text, View } from '@tarojs/components';
import './index.scss';

type Props = { kind: 'loading' } | { kind: 'error'; message: string; onRetry: () => void } | { kind: 'empty'; message: string };

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
        </>
      )}
      {props.kind === 'empty' && <Text className="status__text">{props.message}</Text>}
    </View>
  );
}
