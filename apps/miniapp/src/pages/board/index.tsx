import { Button, Picker, Text, View } from '@tarojs/components';
import Taro, { useReachBottom } from '@tarojs/taro';
import { AgencyKind, MESSAGE_CHANNEL_LABELS, MESSAGE_TYPE_LABELS, type BoardMessageExcerpt, type MessageType } from '@weimin/contracts';
import { useState } from 'react';
import { pageRoot } from '../../a11y/page-root';
import { TypeTag } from '../../components/MessageTags';
import { SearchBar } from '../../components/SearchBar';
import { Skeleton } from '../../components/Skeleton';
import { StatusView } from '../../components/StatusView';
import { Tappable } from '../../components/Tappable';
import { WindowedList } from '../../components/WindowedList';
import { formatDate } from '../../format/datetime';
import { usePageRefresh } from '../../hooks/usePageRefresh';
import { usePagedList } from '../../hooks/usePagedList';
import { useRemote } from '../../hooks/useRemote';
import { listAgencies } from '../../services/agencies';
import { listBoard } from '../../services/messages';
import './index.scss';

const PAGE_SIZE = 10;
const TYPE_FILTERS: Array<{ value: MessageType | undefined; label: string }> = [
  { value: undefined, label: '全部' },
  ...(Object.keys(MESSAGE_TYPE_LABELS) as MessageType[]).map((value) => ({ value, label: MESSAGE_TYPE_LABELS[value] })),
];

const ALL_AGENCIES = '全部单位';

function openCompose() {
  void Taro.navigateTo({ url: '/packages/messages/pages/compose/index' });
}

function BoardItem({ message }: { message: BoardMessageExcerpt }) {
  return (
    <Tappable
      role="link"
      className="card board__item"
      hoverClass="board__item--active"
      label={`${MESSAGE_TYPE_LABELS[message.type]}：${message.title}`}
      onTap={() => void Taro.navigateTo({ url: `/packages/messages/pages/board-detail/index?id=${message.id}` })}
    >
      <View className="board__item-head">
        <TypeTag type={message.type} />
        <Text className="board__item-title">{message.title}</Text>
      </View>
      <Text className="board__item-excerpt">{message.excerpt}</Text>
      <View className="board__item-meta">
        <Text className="board__meta">{MESSAGE_CHANNEL_LABELS[message.channel]}</Text>
        {message.authorMasked && <Text className="board__meta">留言人 {message.authorMasked}</Text>}
        <Text className="board__meta">{formatDate(message.submittedAt)} 留言</Text>
      </View>
      <View className="board__item-reply">
        <Text className="board__meta board__item-agency">{message.agencyName}</Text>
        <Text className="board__meta">{formatDate(message.repliedAt)} 答复</Text>
      </View>
    </Tappable>
  );
}

/**
 * 留言板: answered messages their authors allowed to be public, newest first; searched by keyword (best match first,
 * ranked by the BFF) and narrowed by type and by the answering agency.
 */
export default function BoardPage() {
  const [type, setType] = useState<MessageType>();
  const [q, setQ] = useState('');
  const [agencyId, setAgencyId] = useState<number>();
  const board = usePagedList((page) => listBoard({ type, q: q || undefined, agencyId, page, pageSize: PAGE_SIZE }), [type, q, agencyId]);
  // Every agency that answers messages; the office only dispatches them.
  const agencies = useRemote(async () => (await listAgencies()).filter((agency) => agency.kind !== AgencyKind.Office), []);
  const agencyIndex = agencyId && agencies.data ? agencies.data.findIndex((agency) => agency.id === agencyId) + 1 : 0;

  usePageRefresh(board.refresh);
  useReachBottom(() => {
    if (!board.error) board.loadMore();
  });

  return (
    <View {...pageRoot('board')}>
      <View className="board__intro">
        <View className="board__intro-text">
          <Text className="board__intro-title">有问题，找政府</Text>
          <Text className="board__intro-hint">咨询、建议、投诉，件件有答复</Text>
        </View>
        <Button className="board__compose" onClick={openCompose}>
          我要留言
        </Button>
      </View>

      <SearchBar placeholder="搜索留言，如：社保卡补办" label="搜索留言" clearable onSearch={setQ} />
      <Picker
        mode="selector"
        range={[ALL_AGENCIES, ...(agencies.data ?? []).map((agency) => agency.name)]}
        value={agencyIndex}
        disabled={!agencies.data}
        onChange={(event) => {
          const index = Number(event.detail.value);
          setAgencyId(index > 0 ? agencies.data?.[index - 1]?.id : undefined);
        }}
      >
        <View
          className="board__agency tappable"
          role="button"
          aria-label={`按答复单位筛选：${agencyIndex > 0 ? agencies.data![agencyIndex - 1].name : ALL_AGENCIES}`}
        >
          <Text className="board__agency-label">答复单位</Text>
          <Text className="board__agency-value">{agencyIndex > 0 ? agencies.data![agencyIndex - 1].name : ALL_AGENCIES}</Text>
          <Text className="board__agency-arrow">›</Text>
        </View>
      </Picker>

      <View className="board__filters" role="radiogroup" aria-label="按留言类型筛选">
        {TYPE_FILTERS.map((filter) => (
          <Tappable
            key={filter.label}
            role="radio"
            selected={filter.value === type}
            className={filter.value === type ? 'board__filter board__filter--selected' : 'board__filter'}
            onTap={() => setType(filter.value)}
          >
            {filter.label}
          </Tappable>
        ))}
      </View>

      {board.loading && !board.loaded && <Skeleton count={4} />}
      {board.error && !board.loaded && <StatusView kind="error" message={board.error.message} onRetry={() => void board.refresh()} />}
      {q && board.loaded && <Text className="muted board__count">找到 {board.total} 条相关留言</Text>}
      {board.loaded && board.items.length === 0 && <StatusView kind="empty" message={q || agencyId ? '没有找到相关的留言答复' : '暂无公开的留言答复'} />}
      <WindowedList items={board.items} keyOf={(message) => message.id} chunkSize={PAGE_SIZE} renderItem={(message) => <BoardItem message={message} />} />

      {board.loaded && board.items.length > 0 && (
        <View className="board__footer">
          {board.loadingMore && <Text className="muted">加载中…</Text>}
          {!board.loadingMore && board.error && (
            <Tappable inline className="board__more" onTap={board.loadMore}>
              加载失败，点击重试
            </Tappable>
          )}
          {!board.loadingMore && !board.error && board.hasMore && (
            <Tappable inline className="board__more" onTap={board.loadMore}>
              加载更多
            </Tappable>
          )}
          {!board.hasMore && <Text className="muted">共 {board.total} 条，已全部加载</Text>}
        </View>
      )}
    </View>
  );
}
