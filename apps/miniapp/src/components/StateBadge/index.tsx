import { Text } from '@tarojs/components';
import type { Tone } from '../../format/participation';
import './index.scss';

/** The state of a solicitation or interview as a small coloured badge; the text says it, the colour only helps. */
export function StateBadge({ tone, text }: { tone: Tone; text: string }) {
  return <Text className={`state-badge state-badge--${tone}`}>{text}</Text>;
}
