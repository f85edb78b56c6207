import { Button, Input, View } from '@tarojs/components';
import { useState } from 'react';
import './index.scss';

/** A search box with its button; `onSearch` gets the trimmed words (never empty). */
export function SearchBar({ initial = '', onSearch }: { initial?: string; onSearch: (q: string) => void }) {
  const [q, setQ] = useState(initial);
  const go = () => {
    const words = q.trim();
    if (words) onSearch(words);
  };
  return (
    <View className="search-bar">
      <Input
        className="search-bar__input"
        type="text"
        confirmType="search"
        placeholder="搜索政策解读，如：公积金提取"
        maxlength={50}
        value={q}
        onInput={(event) => setQ(event.detail.value)}
        onConfirm={go}
        aria-label="搜索政策解读"
      />
      <Button className="search-bar__button" onClick={go}>
        搜索
      </Button>
    </View>
  );
}
