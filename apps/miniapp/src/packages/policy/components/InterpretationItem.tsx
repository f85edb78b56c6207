import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { INTERPRETATION_FORMAT_LABELS, type InterpretationSummary } from '@weimin/contracts';
import { Tappable } from '../../../components/Tappable';
import { formatDate } from '../../../format/datetime';
import './InterpretationItem.scss';

/** One interpretation in a stage list or in search results; opens its detail page. */
export function InterpretationItem({ item }: { item: InterpretationSummary }) {
  return (
    <Tappable
      role="link"
      className="card interpretation-item"
      hoverClass="interpretation-item--active"
      label={`${INTERPRETATION_FORMAT_LABELS[item.format]}：${item.title}`}
      onTap={() => void Taro.navigateTo({ url: `/packages/policy/pages/detail/index?id=${item.id}` })}
    >
      <View className="interpretation-item__head">
        <Text className="interpretation-item__format">{INTERPRETATION_FORMAT_LABELS[item.format]}</Text>
        <Text className="interpretation-item__title">{item.title}</Text>
      </View>
      <Text className="interpretation-item__summary">{item.summary}</Text>
      <View className="interpretation-item__meta">
        <Text className="interpretation-item__meta-item">{item.agencyName}</Text>
        <Text className="interpretation-item__meta-item">{formatDate(item.publishedAt)}</Text>
        <Text className="interpretation-item__meta-item">阅读 {item.views}</Text>
      </View>
    </Tappable>
  );
}
