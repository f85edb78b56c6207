import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { Skeleton } from '../../../../components/Skeleton';
import { StatusView } from '../../../../components/StatusView';
import { Tappable } from '../../../../components/Tappable';
import { formatDateTime } from '../../../../format/datetime';
import { useRemote } from '../../../../hooks/useRemote';
import { listAllMyQuestions, type MyQuestionRow } from '../../../../services/interviews';
import { questionStateText } from '../../question-state';
import '../../participation.scss';

function Item({ row }: { row: MyQuestionRow }) {
  const { question } = row;
  return (
    <View className="card">
      <Tappable
        role="link"
        className="pt-item__head"
        label={`在线访谈：${row.interview.title}`}
        onTap={() => void Taro.navigateTo({ url: `/packages/participation/pages/interview/index?id=${question.interviewId}` })}
      >
        <Text className="pt-item__title">{row.interview.title}</Text>
        <Text className="muted">›</Text>
      </Tappable>
      <View className="pt-entry__meta">
        <Text className="pt-entry__meta-item">{formatDateTime(question.askedAt)} 提问</Text>
        <Text className="pt-entry__meta-item">{questionStateText(question)}</Text>
      </View>
      <Text className="pt-entry__text">{question.content}</Text>
      {question.messageId !== null && (
        <Tappable
          inline
          role="link"
          className="pt-item__link"
          onTap={() => void Taro.navigateTo({ url: `/packages/messages/pages/detail/index?id=${question.messageId}` })}
        >
          在“我的留言”中查看办理进度 ›
        </Tappable>
      )}
    </View>
  );
}

/** 我的提问: the citizen's interview questions; unanswered ones that became messages lead to the message (我的留言). */
export default function MyQuestionsPage() {
  const mine = useRemote(() => listAllMyQuestions(), []);
  const shown = useRef(false);
  const pulling = useRef(false);

  useDidShow(() => {
    if (shown.current) mine.reload();
    shown.current = true;
  });
  usePullDownRefresh(() => {
    pulling.current = true;
    mine.reload();
  });
  useEffect(() => {
    if (!mine.loading && pulling.current) {
      pulling.current = false;
      void Taro.stopPullDownRefresh();
    }
  }, [mine.loading]);

  return (
    <View {...pageRoot('pt')}>
      <BackBar />
      {mine.loading && !mine.data && <Skeleton count={3} />}
      {mine.error && <StatusView kind="error" message={mine.error.message} onRetry={mine.reload} />}
      {mine.data && !mine.error && mine.data.length === 0 && <StatusView kind="empty" message="您还没有在在线访谈中提过问题" />}
      {mine.data && !mine.error && mine.data.map((row) => <Item key={row.question.id} row={row} />)}
    </View>
  );
}
