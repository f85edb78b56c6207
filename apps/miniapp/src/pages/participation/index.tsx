import { Text, View } from '@tarojs/components';
import Taro, { useReachBottom } from '@tarojs/taro';
import { INTERVIEW_STATUS_LABELS, type InterviewSummary, type SolicitationSummary } from '@weimin/contracts';
import { useState } from 'react';
import { pageRoot } from '../../a11y/page-root';
import { Skeleton } from '../../components/Skeleton';
import { StateBadge } from '../../components/StateBadge';
import { StatusView } from '../../components/StatusView';
import { Tappable } from '../../components/Tappable';
import { daysLeftText, interviewTimeText, interviewTone, solicitationStatusText, solicitationTone } from '../../format/participation';
import { usePageRefresh } from '../../hooks/usePageRefresh';
import type { PagedList } from '../../hooks/usePagedList';
import { usePagedList } from '../../hooks/usePagedList';
import { listInterviews } from '../../services/interviews';
import { listSolicitations } from '../../services/solicitations';
import './index.scss';

const PAGE_SIZE = 10;

type Section = 'solicitations' | 'interviews';
type Phase = 'open' | 'finished';

const SECTIONS: Array<{ value: Section; label: string }> = [
  { value: 'solicitations', label: '意见征集' },
  { value: 'interviews', label: '在线访谈' },
];
const PHASES: Array<{ value: Phase; label: string }> = [
  { value: 'open', label: '征集中' },
  { value: 'finished', label: '已结束' },
];

function SolicitationItem({ item, now }: { item: SolicitationSummary; now: Date }) {
  const open = item.status === 'open';
  const state = open ? daysLeftText(item.closesAt, now) : solicitationStatusText(item.status);
  return (
    <Tappable
      role="link"
      className="card hd__item"
      hoverClass="hd__item--active"
      label={`意见征集：${item.title}，${item.agencyName}，${state}`}
      onTap={() => void Taro.navigateTo({ url: `/packages/participation/pages/solicitation/index?id=${item.id}` })}
    >
      <View className="hd__item-head">
        <Text className="hd__item-title">{item.title}</Text>
        <StateBadge tone={solicitationTone(item.status)} text={open ? '征集中' : solicitationStatusText(item.status)} />
      </View>
      {item.summary && <Text className="hd__item-summary">{item.summary}</Text>}
      <View className="hd__item-meta">
        <Text className="hd__meta hd__meta--agency">{item.agencyName}</Text>
        {open && <Text className="hd__meta hd__meta--left">{state}</Text>}
        <Text className="hd__meta">{item.opinionCount} 条意见</Text>
      </View>
    </Tappable>
  );
}

function InterviewItem({ item }: { item: InterviewSummary }) {
  const time = interviewTimeText(item.startsAt, item.endsAt);
  const guest = [item.guestAgencyName, item.guestTitle, item.guestName].filter(Boolean).join(' ');
  return (
    <Tappable
      role="link"
      className="card hd__item"
      hoverClass="hd__item--active"
      label={`在线访谈：${item.title}，嘉宾 ${guest}，${time}，${INTERVIEW_STATUS_LABELS[item.status]}`}
      onTap={() => void Taro.navigateTo({ url: `/packages/participation/pages/interview/index?id=${item.id}` })}
    >
      <View className="hd__item-head">
        <Text className="hd__item-title">{item.title}</Text>
        <StateBadge tone={interviewTone(item.status)} text={INTERVIEW_STATUS_LABELS[item.status]} />
      </View>
      <Text className="hd__item-line">嘉宾：{guest}</Text>
      <Text className="hd__item-line">时间：{time}</Text>
    </Tappable>
  );
}

/** The list part every section shares: skeleton, error with retry, empty, items, and the load-more footer. */
function ListBody<T>({ list, empty, render, keyOf }: { list: PagedList<T>; empty: string; render: (item: T) => JSX.Element; keyOf: (item: T) => number }) {
  return (
    <>
      {list.loading && !list.loaded && <Skeleton count={3} />}
      {list.error && !list.loaded && <StatusView kind="error" message={list.error.message} onRetry={() => void list.refresh()} />}
      {list.loaded && list.items.length === 0 && <StatusView kind="empty" message={empty} />}
      {list.items.map((item) => (
        <View key={keyOf(item)}>{render(item)}</View>
      ))}
      {list.loaded && list.items.length > 0 && (
        <View className="hd__footer">
          {list.loadingMore && <Text className="muted">加载中…</Text>}
          {!list.loadingMore && list.error && (
            <Tappable inline className="hd__more" onTap={list.loadMore}>
              加载失败，点击重试
            </Tappable>
          )}
          {!list.loadingMore && !list.error && list.hasMore && (
            <Tappable inline className="hd__more" onTap={list.loadMore}>
              加载更多
            </Tappable>
          )}
          {!list.hasMore && <Text className="muted">共 {list.total} 项，已全部加载</Text>}
        </View>
      )}
    </>
  );
}

/**
 * 互动: 意见征集 (drafts open for public comment, and finished ones with their 采纳情况反馈) and 在线访谈 (announced,
 * collecting questions, live, ended). The tab only lists; the pages it opens are in the participation subpackage.
 */
export default function ParticipationPage() {
  const [section, setSection] = useState<Section>('solicitations');
  const [phase, setPhase] = useState<Phase>('open');
  const [now] = useState(() => new Date());
  const solicitations = usePagedList((page) => listSolicitations({ phase, page, pageSize: PAGE_SIZE }), [phase]);
  const interviews = usePagedList((page) => listInterviews({ page, pageSize: PAGE_SIZE }), []);
  const active = section === 'solicitations' ? solicitations : interviews;

  usePageRefresh(() => active.refresh());
  useReachBottom(() => {
    if (!active.error) active.loadMore();
  });

  return (
    <View {...pageRoot('hd')}>
      <View className="hd__intro">
        <Text className="hd__intro-title">参与政府决策</Text>
        <Text className="hd__intro-hint">对政策草案提出意见，向部门负责人当面提问</Text>
      </View>

      <View className="hd__sections" role="tablist" aria-label="互动栏目">
        {SECTIONS.map((option) => (
          <Tappable
            key={option.value}
            role="tab"
            selected={option.value === section}
            className={option.value === section ? 'hd__section hd__section--selected' : 'hd__section'}
            onTap={() => setSection(option.value)}
          >
            {option.label}
          </Tappable>
        ))}
      </View>

      {section === 'solicitations' ? (
        <>
          <View className="hd__filters" role="radiogroup" aria-label="按征集状态筛选">
            {PHASES.map((option) => (
              <Tappable
                key={option.value}
                role="radio"
                selected={option.value === phase}
                className={option.value === phase ? 'hd__filter hd__filter--selected' : 'hd__filter'}
                onTap={() => setPhase(option.value)}
              >
                {option.label}
              </Tappable>
            ))}
          </View>
          <ListBody
            list={solicitations}
            empty={phase === 'open' ? '目前没有正在征集意见的草案' : '暂无已结束的意见征集'}
            keyOf={(item) => item.id}
            render={(item) => <SolicitationItem item={item} now={now} />}
          />
        </>
      ) : (
        <ListBody list={interviews} empty="暂无在线访谈" keyOf={(item) => item.id} render={(item) => <InterviewItem item={item} />} />
      )}
    </View>
  );
}
