import { View } from '@tarojs/components';
import type { InterpretationSummary } from '@weimin/contracts';
import { StatusView } from '../../../components/StatusView';
import type { PagedList } from '../../../hooks/usePagedList';
import { InterpretationItem } from './InterpretationItem';

/** A paged list of interpretations with its loading, empty, error and "more" states. */
export function InterpretationList({ list, empty }: { list: PagedList<InterpretationSummary>; empty: string }) {
  return (
    <View className="interpretation-list">
      {list.items.map((item) => (
        <InterpretationItem key={item.id} item={item} />
      ))}
      {list.loading && !list.loaded && <StatusView kind="loading" />}
      {list.error && <StatusView kind="error" message={list.error.message} onRetry={list.loaded ? list.loadMore : () => void list.refresh()} />}
      {list.loaded && !list.error && list.items.length === 0 && <StatusView kind="empty" message={empty} />}
      {list.loadingMore && <StatusView kind="loading" />}
    </View>
  );
}
