import { Button, Input, View } from '@tarojs/components';
import { useState } from 'react';
import './index.scss';

interface SearchBarProps {
  initial?: string;
  placeholder?: string;
  /** The box's accessible name. */
  label?: string;
  /** Searching with an empty box clears the search (`onSearch('')`) instead of doing nothing. */
  clearable?: boolean;
  onSearch: (q: string) => void;
}

/** A search box with its button; `onSearch` gets the trimmed words (never empty unless `clearable`). */
export function SearchBar({ initial = '', placeholder = '搜索政策解读，如：公积金提取', label = '搜索政策解读', clearable = false, onSearch }: SearchBarProps) {
  const [q, setQ] = useState(initial);
  const go = () => {
    const words = q.trim();
    if (words || clearable) onSearch(words);
  };
  return (
    <View className="search-bar">
      <Input
        className="search-bar__input"
        type="text"
        confirmType="search"
        placeholder={placeholder}
        maxlength={50}
        value={q}
        onInput={(event) => setQ(event.detail.value)}
        onConfirm={go}
        aria-label={label}
      />
      <Button className="search-bar__button" onClick={go}>
        搜索
      </Button>
    </View>
  );
}
