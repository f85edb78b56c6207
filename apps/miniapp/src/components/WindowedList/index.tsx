import { View } from '@tarojs/components';
import Taro, { usePageScroll } from '@tarojs/taro';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { chunksToRender, sameChunks } from './window';

interface Props<T> {
  items: T[];
  keyOf: (item: T) => string | number;
  renderItem: (item: T) => ReactNode;
  /** Items per chunk: a chunk is rendered or replaced as a whole (the page size of the list suits). */
  chunkSize?: number;
  /** Height of a chunk before it is measured, in px. */
  estimatedChunkHeight?: number;
}

function windowHeight(): number {
  try {
    return Taro.getWindowInfo?.().windowHeight ?? Taro.getSystemInfoSync().windowHeight;
  } catch {
    return 800;
  }
}

/**
 * A long list in the page's own scroll (pull-down refresh and reach-bottom keep working): only the chunks near the
 * screen are rendered, the rest are empty boxes of their measured height, so a board scrolled through hundreds of
 * messages keeps a small tree (WeChat sends every rendered node across to its view layer).
 */
export function WindowedList<T>({ items, keyOf, renderItem, chunkSize = 10, estimatedChunkHeight = 1600 }: Props<T>) {
  const chunkCount = Math.ceil(items.length / chunkSize);
  const heights = useRef<number[]>([]);
  const listTop = useRef(0);
  const scrollTop = useRef(0);
  const [shown, setShown] = useState<number[]>([]);
  const idPrefix = useRef(`windowed-${Math.random().toString(36).slice(2, 8)}`).current;
  // Another list (a filter changed): the measured heights belong to the old one.
  const firstKey = items.length > 0 ? keyOf(items[0]) : undefined;
  const measuredFor = useRef(firstKey);
  if (measuredFor.current !== firstKey) {
    measuredFor.current = firstKey;
    heights.current = [];
  }

  const update = () => {
    const all = Array.from({ length: chunkCount }, (_, index) => heights.current[index] ?? estimatedChunkHeight);
    const next = chunksToRender(all, listTop.current, scrollTop.current, windowHeight());
    setShown((current) => (sameChunks(current, next) ? current : next));
  };

  // Measure the list's top and every chunk after it changes; rendered chunks report their real height.
  useEffect(() => {
    update();
    const timer = setTimeout(() => {
      const query = Taro.createSelectorQuery();
      // H5: the whole document (the ids are this list's own). Taro's default looks up the current page's container, which
      // is missing while the next page is being shown, and then throws where no caller can catch it.
      if (process.env.TARO_ENV === 'h5') query.in(null as never);
      query
        .select(`#${idPrefix}`)
        .boundingClientRect()
        .selectAll(`.${idPrefix}-chunk`)
        .boundingClientRect()
        .exec((result: Array<unknown>) => {
          const list = result[0] as { top?: number } | null;
          const chunks = (result[1] as Array<{ height: number }> | null) ?? [];
          if (list?.top !== undefined) listTop.current = list.top + scrollTop.current;
          chunks.forEach((rect, index) => {
            if (rect.height > 0) heights.current[index] = rect.height;
          });
          update();
        });
    }, 50);
    return () => clearTimeout(timer);
    // Measured again only when the items or the rendered chunks change: `update` is remade on every render and reads
    // refs, and idPrefix never changes, so listing them would measure after every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, shown]);

  usePageScroll(({ scrollTop: top }) => {
    scrollTop.current = top;
    update();
  });

  return (
    <View id={idPrefix}>
      {Array.from({ length: chunkCount }, (_, index) => {
        const rendered = shown.length === 0 ? index < 2 || index === chunkCount - 1 : shown.includes(index);
        const chunk = items.slice(index * chunkSize, (index + 1) * chunkSize);
        return rendered ? (
          <View key={`chunk-${index}`} className={`${idPrefix}-chunk`}>
            {chunk.map((item) => (
              <View key={keyOf(item)}>{renderItem(item)}</View>
            ))}
          </View>
        ) : (
          <View key={`chunk-${index}`} className={`${idPrefix}-chunk`} style={{ height: `${heights.current[index] ?? estimatedChunkHeight}px` }} />
        );
      })}
    </View>
  );
}
