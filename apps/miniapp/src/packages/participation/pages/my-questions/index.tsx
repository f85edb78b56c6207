import { Text, View } from '@tarojs/components';
import Taro, { useReachBottom } from '@tarojs/taro';
import type { MyInterviewQuestionSummary } from '@weimin/contracts';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { Skeleton } from '../../../../components/Skeleton';
import { StatusView } from '../../../../components/StatusView';
import { Tappable } from '../../../../components/Tappable';
import { formatDateTime } from '../../../../format/datetime';
import { usePageRefresh } from '../../../../hooks/usePageRefresh';
import { usePagedList } from '../../../../hooks/usePagedList';
import { listAllMyQuestions } from '../../../../services/interviews';
import { questionStateText } from '../../question-state';
import '../../participation.scss';

const PAGE_SIZE = 20;

function Item({ question }: { question: MyInterviewQuestionSummary }) {
  return (
    <View className="card">
      <Tappable
        role="link"
        className="pt-item__head"
        label={`在线访谈：${question.interviewTitle}`}
        onTap={() => void Taro.navigateTo({ url: `/packages/participation/pages/interview/index?id=${question.interviewId}` })}
      >
        <Text className="pt-item__title">{question.interviewTitle}</Text>
        <Text className="muted">›</Text>
      </Tappable>
      <View className="pt-entry__meta">
        <Text className="pt-entry__meta-item">{formatDateTime(question.askedAt)} 提问</Text>
        <Text className="pt-entry__meta-item">{questionStateText(question)}</Text>
      </View>
      <Text className="pt-entry__text">{question.content}</Text>
      {question.answer !== null && (
        <View className="pt-entry__answer">
          <Text className="pt-entry__answer-q">嘉宾答复</Text>
          <Text>{question.answer}</Text>
        </View>
      )}
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

/**
 * 我的提问: the citizen's interview questions, newest first, a page at a time; answered ones with the guest's answer,
 * unanswered ones that became messages lead to the message (我的留言).
 */
export default function MyQuestionsPage() {
  const mine = usePagedList((page) => listAllMyQuestions({ page, pageSize: PAGE_SIZE }), []);

  usePageRefresh(mine.refresh, { onShow: true });
  useReachBottom(() => {
    if (!mine.error) mine.loadMore();
  });

  return (
    <View {...pageRoot('pt')}>
      <BackBar />
      {mine.loading && !mine.loaded && <Skeleton count={3} />}
      {mine.error && <StatusView kind="error" message={mine.error.message} onRetry={mine.loaded ? mine.loadMore : () => void mine.refresh()} />}
      {mine.loaded && !mine.error && mine.items.length === 0 && <StatusView kind="empty" message="您还没有在在线访谈中提过问题" />}
      {mine.items.map((question) => (
        <Item key={question.id} question={question} />
      ))}
      {mine.loadingMore && <StatusView kind="loading" />}
    </View>
  );
}
