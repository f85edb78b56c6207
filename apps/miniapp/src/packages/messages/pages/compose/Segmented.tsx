import { View } from '@tarojs/components';

interface Props<T extends string> {
  options: Array<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
}

/** A row of mutually exclusive choices (留言类型, 留言渠道), each a full-height tap target. */
export function Segmented<T extends string>({ options, value, onChange, disabled = false }: Props<T>) {
  return (
    <View className={disabled ? 'segmented segmented--disabled' : 'segmented'}>
      {options.map((option) => (
        <View
          key={option.value}
          className={option.value === value ? 'segmented__option segmented__option--selected' : 'segmented__option'}
          onClick={() => !disabled && option.value !== value && onChange(option.value)}
        >
          {option.label}
        </View>
      ))}
    </View>
  );
}
