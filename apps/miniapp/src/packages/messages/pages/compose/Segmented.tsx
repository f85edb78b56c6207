import { View } from '@tarojs/components';
import { Tappable } from '../../../../components/Tappable';

interface Props<T extends string> {
  options: Array<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  /** What is being chosen (留言类型), for screen readers. */
  label?: string;
}

/** A row of mutually exclusive choices (留言类型, 留言渠道), each a full-height tap target. */
export function Segmented<T extends string>({ options, value, onChange, disabled = false, label }: Props<T>) {
  return (
    <View className={disabled ? 'segmented segmented--disabled' : 'segmented'} role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <Tappable
          key={option.value}
          role="radio"
          selected={option.value === value}
          disabled={disabled}
          className={option.value === value ? 'segmented__option segmented__option--selected' : 'segmented__option'}
          onTap={() => option.value !== value && onChange(option.value)}
        >
          {option.label}
        </Tappable>
      ))}
    </View>
  );
}
