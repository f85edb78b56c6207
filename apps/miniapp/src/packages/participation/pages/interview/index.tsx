import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { INTERVIEW_STATUS_LABELS, type InterviewView, type MyInterviewQuestionView, type TranscriptEntryView } from '@weimin/contracts';
import { useEffect, useState, type ReactNode } from 'react';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { StateBadge } from '../../../../components/StateBadge';
import { StatusView } from '../../../../components/StatusView';
import { Tappable } from '../../../../components/Tappable';
import { formatDateTime } from '../../../../format/datetime';
import { interviewTimeText, interviewTone } from '../../../../format/participation';
import { useRemote } from '../../../../hooks/useRemote';
import { useShare } from '../../../../hooks/useShare';
import { ApiError } from '../../../../services/http';
import { getInterview, listMyQuestions } from '../../../../services/interviews';
import { sessionToken } from '../../../../stores/session';
import { openExternal } from '../../links';
import { questionStateText } from '../../question-state';
import { LIVE_POLL_MS } from '../../transcript';
import { useTranscript } from '../../useTranscript';
import { QuestionFormCard } from './QuestionForm';
import '../../participation.scss';

const PAGE = '/packages/participation/pages/interview/index';
const STATUS_RECHECK_MS = 5_000;

function load(idParam: string | undefined): Promise<InterviewView> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) return Promise.reject(new ApiError(400, 'VALIDATION_FAILED', '访谈编号无效'));
  return getInterview(id);
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="pt-fact">
      <Text className="pt-fact__label">{label}</Text>
      <Text className="pt-fact__value">{children}</Text>
    </View>
  );
}

function Entry({ entry }: { entry: TranscriptEntryView }) {
  if (entry.kind === 'remark') {
    return (
      <View className="pt-entry">
        <Text className="pt-entry__meta">{formatDateTime(entry.at)} · 主持人</Text>
        <Text className="pt-remark">{entry.text}</Text>
      </View>
    );
  }
  return (
    <View className="pt-entry">
      <Text className="pt-entry__meta">
        {formatDateTime(entry.at)}
        {entry.askerName ? ` · 网友 ${entry.askerName} 提问` : ' · 主持人提问'}
      </Text>
      <Text className="pt-qa__q">
        <Text className="pt-qa__label">问</Text>
        {entry.question}
      </Text>
      <Text className="pt-qa__a">
        <Text className="pt-qa__a-label">答</Text>
        {entry.text}
      </Text>
    </View>
  );
}

/** `onStatusChange`: the transcript says the interview moved on (went live, ended): the page reads it again. */
function Transcript({ interview, onStatusChange }: { interview: InterviewView; onStatusChange: () => void }) {
  const transcript = useTranscript(interview.id, interview.status);
  const state = transcript.state;
  const status = state?.status ?? interview.status;
  useEffect(() => {
    if (!state || state.status === interview.status) return undefined;
    onStatusChange();
    // The interview's own read may lag the transcript's by the public cache's few seconds: read again until they agree.
    const timer = setInterval(onStatusChange, STATUS_RECHECK_MS);
    return () => clearInterval(timer);
  }, [state?.status, interview.status]); // eslint-disable-line react-hooks/exhaustive-deps -- only the two states matter
  const live = status === 'live';
  return (
    <View className="card">
      <View className="section-title">访谈实录</View>
      {live && (
        <View className="pt-live" aria-live="polite">
          <View className="pt-live__dot" />
          <Text>直播中 · 每 {LIVE_POLL_MS / 1000} 秒自动更新</Text>
        </View>
      )}
      {!state && transcript.error && <StatusView kind="error" message={transcript.error.message} onRetry={transcript.retry} />}
      {!state && !transcript.error && <Text className="pt-hint">加载中…</Text>}
      {state && state.entries.length === 0 && (
        <Text className="pt-hint">{status === 'ended' ? '本次访谈没有发布文字实录。' : '访谈开始后，主持人发布的问答会实时显示在这里。'}</Text>
      )}
      {state?.entries.map((entry) => (
        <Entry key={entry.seq} entry={entry} />
      ))}
      {state && transcript.error && <Text className="pt-hint">网络不稳定，正在重试…</Text>}
    </View>
  );
}

function MyQuestions({ questions }: { questions: MyInterviewQuestionView[] }) {
  return (
    <View className="card">
      <View className="section-title">我的提问</View>
      {questions.map((question) => (
        <View key={question.id} className="pt-entry">
          <View className="pt-entry__meta">
            <Text className="pt-entry__meta-item">{formatDateTime(question.askedAt)}</Text>
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
              查看留言办理进度 ›
            </Tappable>
          )}
        </View>
      ))}
    </View>
  );
}

/**
 * 在线访谈 detail: topic, guest, time, summary and state; the question form while questions are taken; the
 * transcript, polled while live; after the end, the transcript and the video.
 */
export default function InterviewPage() {
  const { params } = useRouter();
  const [asked, setAsked] = useState(0);
  const item = useRemote(() => load(params.id), [params.id]);
  const interview = item.data;
  const mine = useRemote(
    // The citizen's own questions here, when they are signed in already (reading does not sign anybody in).
    () => (interview && interview.status !== 'announced' && sessionToken() ? listMyQuestions(interview.id) : Promise.resolve([])),
    [interview?.id, asked],
  );
  const target = { page: PAGE, query: { id: params.id ?? '' } };
  useShare(interview && { ...target, title: `在线访谈：${interview.title}` }, target);

  useEffect(() => {
    if (interview) void Taro.setNavigationBarTitle({ title: `在线访谈 · ${INTERVIEW_STATUS_LABELS[interview.status]}` });
  }, [interview?.status]); // eslint-disable-line react-hooks/exhaustive-deps -- the title follows the state only

  if (item.error) {
    return (
      <View {...pageRoot()}>
        <BackBar />
        <StatusView kind="error" message={item.error.status === 404 ? '没有找到这场访谈' : item.error.message} onRetry={item.reload} />
      </View>
    );
  }
  if (!interview) {
    return (
      <View {...pageRoot()}>
        <BackBar />
        <StatusView kind="loading" />
      </View>
    );
  }

  const guest = [interview.guestAgencyName, interview.guestTitle, interview.guestName].filter(Boolean).join(' ');
  const live = interview.status === 'live';
  const transcript = <Transcript key={`${interview.id}:${interview.status}`} interview={interview} onStatusChange={item.reload} />;
  return (
    <View {...pageRoot('pt')}>
      <BackBar />
      <View className="card">
        <Text className="pt-head__title">{interview.title}</Text>
        <View className="pt-head__badges">
          <StateBadge tone={interviewTone(interview.status)} text={INTERVIEW_STATUS_LABELS[interview.status]} />
        </View>
        <View className="pt-facts">
          <Fact label="访谈嘉宾">{guest}</Fact>
          <Fact label="主持人">{interview.hostName}</Fact>
          <Fact label="访谈时间">{interviewTimeText(interview.startsAt, interview.endsAt)}</Fact>
        </View>
        {interview.summary && <Text className="pt-summary">{interview.summary}</Text>}
        {interview.videoUrl && (
          <Tappable role="link" className="pt-attachment" label="观看访谈视频回放" onTap={() => openExternal(interview.videoUrl!, '视频链接')}>
            ▶ 观看访谈视频回放
          </Tappable>
        )}
      </View>

      {/* Live, the transcript is what people came for: it comes before the form. */}
      {live && transcript}
      {interview.acceptingQuestions && <QuestionFormCard interview={interview} onSent={() => setAsked((n) => n + 1)} onClosed={item.reload} />}
      {mine.data && mine.data.length > 0 && <MyQuestions questions={mine.data} />}
      {!live && transcript}
    </View>
  );
}
