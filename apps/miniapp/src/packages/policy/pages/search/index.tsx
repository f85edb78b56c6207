import { Text, View } from '@tarojs/components';
import Taro, { useReachBottom, useRouter } from '@tarojs/taro';
import { useState } from 'react';
// SearchBar's styles come before StatusView's, in the same order as on the home page (one CSS order for the common chunk).
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { ElderSwitch } from '../../../../components/ElderSwitch';
import { SearchBar } from '../../../../components/SearchBar';
import { useElderMode } from '../../../../hooks/useElderMode';
import { usePagedList } from '../../../../hooks/usePagedList';
import { searchInterpretations } from '../../../../services/interpretations';
import { isElderSearch } from '../../../../stores/elder-mode';
import { InterpretationList } from '../../components/InterpretationList';
import './index.scss';

/** 搜索: published interpretations matching the words, best match first (ranked by the BFF). */
export default function SearchPage() {
  const { params } = useRouter();
  const [q, setQ] = useState(decodeURIComponent(params.q ?? ''));
  const results = usePagedList((page) => (q ? searchInterpretations(q, page) : Promise.resolve({ items: [], total: 0, page, pageSize: 10 })), [q]);

  const elder = useElderMode();

  useReachBottom(() => {
    if (!results.error) results.loadMore();
  });

  return (
    <View {...pageRoot('search')}>
      <BackBar />
      <SearchBar
        initial={q}
        onSearch={(words) => {
          setQ(words);
          void Taro.setNavigationBarTitle({ title: `搜索：${words}` });
        }}
      />
      {/* 长辈版 is found by name: 长辈版, 关怀版, 大字版 … (stores/elder-mode.ts). */}
      {isElderSearch(q) && <ElderSwitch on={elder} />}
      {q && results.loaded && <Text className="muted search__count">找到 {results.total} 条相关解读</Text>}
      <InterpretationList list={results} empty="没有找到相关的政策解读，换个说法试试" />
    </View>
  );
}
