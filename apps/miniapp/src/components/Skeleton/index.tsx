import { View } from '@tarojs/components';
import './index.scss';

/**
 * Grey placeholders in the shape of what is coming, for a tab's first screen: the page keeps its layout while it
 * loads instead of showing a lone spinner. `cards`: list items (title, two lines, meta); `grid`: the stage grid.
 */
export function Skeleton({ kind = 'cards', count = 4 }: { kind?: 'cards' | 'grid'; count?: number }) {
  if (kind === 'grid') {
    return (
      <View className="card skeleton" aria-label="加载中">
        <View className="skeleton__bar skeleton__bar--title" />
        <View className="skeleton__grid">
          {Array.from({ length: count }, (_, index) => (
            <View key={index} className="skeleton__cell">
              <View className="skeleton__glyph" />
              <View className="skeleton__bar skeleton__bar--short" />
            </View>
          ))}
        </View>
      </View>
    );
  }
  return (
    <View className="skeleton-list" aria-label="加载中">
      {Array.from({ length: count }, (_, index) => (
        <View key={index} className="card skeleton">
          <View className="skeleton__bar skeleton__bar--title" />
          <View className="skeleton__bar" />
          <View className="skeleton__bar skeleton__bar--line" />
          <View className="skeleton__bar skeleton__bar--meta" />
        </View>
      ))}
    </View>
  );
}
