import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/**
 * Anything a citizen taps that is not a native Button: in the H5 build it is reachable by Tab, named for screen
 * readers and operated by Enter or Space as a button is (docs/accessibility.md); in the WeChat build it carries the
 * aria-role and aria-label WeChat's screen reader reads. `inline` renders a Text (a link inside a sentence).
 */
export interface TappableProps {
  onTap: () => void;
  /** The accessible name; defaults to the visible text, which is enough when the children are plain text. */
  label?: string;
  role?: 'button' | 'link' | 'tab' | 'radio' | 'checkbox';
  /** For role tab, radio or checkbox: whether it is the chosen one. */
  selected?: boolean;
  disabled?: boolean;
  className?: string;
  hoverClass?: string;
  inline?: boolean;
  children: ReactNode;
}

const CHOSEN_ATTRIBUTE = { tab: 'aria-selected', radio: 'aria-checked', checkbox: 'aria-checked' } as const;

export function Tappable({ onTap, label, role = 'button', selected, disabled, className, hoverClass, inline, children }: TappableProps) {
  const tap = () => {
    if (!disabled) onTap();
  };
  const chosen = role !== 'button' && role !== 'link' && selected !== undefined ? { [CHOSEN_ATTRIBUTE[role]]: selected ? 'true' : 'false' } : {};
  const accessible =
    process.env.TARO_ENV === 'h5'
      ? {
          role,
          tabIndex: disabled ? -1 : 0,
          ...(label ? { 'aria-label': label } : {}),
          ...(disabled ? { 'aria-disabled': 'true' } : {}),
          ...chosen,
          onKeyDown: (event: { key?: string; preventDefault?: () => void }) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault?.();
              tap();
            }
          },
        }
      : {
          ariaRole: role,
          ...(label ? { ariaLabel: label } : {}),
          ...(disabled ? { ariaDisabled: true } : {}),
          ...(selected !== undefined ? { ariaSelected: selected } : {}),
        };
  if (inline) {
    return (
      <Text className={className ? `tappable ${className}` : 'tappable'} onClick={tap} {...accessible}>
        {children}
      </Text>
    );
  }
  return (
    <View className={className ? `tappable ${className}` : 'tappable'} hoverClass={hoverClass} onClick={tap} {...accessible}>
      {children}
    </View>
  );
}
