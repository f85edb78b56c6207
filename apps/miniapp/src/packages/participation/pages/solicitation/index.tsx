import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { AdoptionCounts, MyOpinionView, OpinionAnswer, PublicOpinionView, SolicitationDetail } from '@weimin/contracts';
import { useState, type ReactNode } from 'react';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { RichBody } from '../../../../components/RichBody';
import { StateBadge } from '../../../../components/StateBadge';
import { StatusView } from '../../../../components/StatusView';
import { Tappable } from '../../../../components/Tappable';
import { formatDate, formatDateTime } from '../../../../format/datetime';
import { daysLeftText, periodText, solicitationStatusText, solicitationTone } from '../../../../format/participation';
import { useRemote } from '../../../../hooks/useRemote';
import { useShare } from '../../../../hooks/useShare';
import { ApiError } from '../../../../services/http';
import { getSolicitation, listMyOpinions } from '../../../../services/solicitations';
import { sessionToken } from '../../../../stores/session';
import { AdoptionMark } from '../../components';
import { openExternal } from '../../links';
import { OpinionFormCard } from './OpinionForm';
import '../../participation.scss';

const PAGE = '/packages/participation/pages/solicitation/index';

function load(idParam: string | undefined): Promise<SolicitationDetail> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) return Promise.reject(new ApiError(400, 'VALIDATION_FAILED', '意见征集编号无效'));
  return getSolicitation(id);
}

function Fact({ label, children, strong }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <View className="pt-fact">
      <Text className="pt-fact__label">{label}</Text>
      <Text className={strong ? 'pt-fact__value pt-fact__value--strong' : 'pt-fact__value'}>{children}</Text>
    </View>
  );
}

/** The answers to the agency's questions, each under its question. */
function Answers({ answers, questions }: { answers: OpinionAnswer[]; questions: string[] }) {
  return (
    <>
      {answers.map((answer) => (
        <View key={answer.question} className="pt-entry__answer">
          <Text className="pt-entry__answer-q">
            问题 {answer.question + 1}：{questions[answer.question] ?? ''}
          </Text>
          <Text>{answer.text}</Text>
        </View>
      ))}
    </>
  );
}

function Counts({ counts }: { counts: AdoptionCounts }) {
  const cells = [
    { label: '收到意见', value: counts.opinions },
    { label: '采纳', value: counts.adopted },
    { label: '部分采纳', value: counts.partlyAdopted },
    { label: '未采纳', value: counts.notAdopted },
  ];
  return (
    <View className="pt-counts">
      {cells.map((cell) => (
        <View key={cell.label} className="pt-count" aria-label={`${cell.label} ${cell.value} 条`}>
          <Text className="pt-count__value">{cell.value}</Text>
          <Text className="pt-count__label">{cell.label}</Text>
        </View>
      ))}
    </View>
  );
}

function MyOpinions({ opinions, questions, published }: { opinions: MyOpinionView[]; questions: string[]; published: boolean }) {
  return (
    <View className="card">
      <View className="section-title">我的意见</View>
      {!published && <Text className="pt-hint">起草单位发布采纳情况反馈后，这里会显示每条意见是否采纳及理由。</Text>}
      {opinions.map((opinion) => (
        <View key={opinion.id} className="pt-entry">
          <View className="pt-entry__meta">
            <Text className="pt-entry__meta-item">{formatDateTime(opinion.submittedAt)} 提交</Text>
            <Text className="pt-entry__meta-item">{opinion.isPublic ? '允许公开' : '不公开'}</Text>
            {opinion.moderation === 'review' && <Text className="pt-entry__meta-item">审核中</Text>}
          </View>
          <Text className="pt-entry__text">{opinion.content}</Text>
          <Answers answers={opinion.answers} questions={questions} />
          <AdoptionMark adoption={opinion.adoption} reason={opinion.adoptionReason} />
        </View>
      ))}
    </View>
  );
}

function PublicOpinions({ opinions, questions }: { opinions: PublicOpinionView[]; questions: string[] }) {
  return (
    <View className="card">
      <View className="section-title">公开的意见（{opinions.length}）</View>
      <Text className="pt-hint">仅展示提交人允许公开的意见，姓名和号码已遮盖。</Text>
      {opinions.map((opinion) => (
        <View key={opinion.id} className="pt-entry">
          <View className="pt-entry__meta">
            <Text className="pt-entry__meta-item">{opinion.name}</Text>
            <Text className="pt-entry__meta-item">{formatDate(opinion.submittedAt)}</Text>
          </View>
          <Text className="pt-entry__text">{opinion.content}</Text>
          <Answers answers={opinion.answers} questions={questions} />
          <AdoptionMark adoption={opinion.adoption} reason={opinion.adoptionReason} />
        </View>
      ))}
    </View>
  );
}

/**
 * 意见征集 detail: the draft, the agency's questions and the period; while open, the opinion form; once the agency
 * published its 采纳情况反馈, the feedback and the mark of each of the citizen's own opinions.
 */
export default function SolicitationPage() {
  const { params } = useRouter();
  const [sent, setSent] = useState(0);
  const [now] = useState(() => new Date());
  const item = useRemote(() => load(params.id), [params.id]);
  // The citizen's own opinions here, when they are signed in already: reading the page does not sign anybody in.
  const mine = useRemote(
    () =>
      item.data && sessionToken() ? listMyOpinions().then((all) => all.filter((opinion) => opinion.solicitationId === item.data!.id)) : Promise.resolve([]),
    [item.data?.id, sent],
  );
  const target = { page: PAGE, query: { id: params.id ?? '' } };
  useShare(item.data && { ...target, title: `意见征集：${item.data.title}` }, target);

  if (item.error) {
    return (
      <View {...pageRoot()}>
        <BackBar />
        <StatusView kind="error" message={item.error.status === 404 ? '没有找到这项意见征集，可能已撤下' : item.error.message} onRetry={item.reload} />
      </View>
    );
  }
  if (!item.data) {
    return (
      <View {...pageRoot()}>
        <BackBar />
        <StatusView kind="loading" />
      </View>
    );
  }

  const solicitation = item.data;
  const open = solicitation.status === 'open';
  const published = solicitation.feedback !== null;
  const myOpinions = mine.data ?? [];

  return (
    <View {...pageRoot('pt')}>
      <BackBar />
      <View className="card">
        <Text className="pt-head__title">{solicitation.title}</Text>
        <View className="pt-head__badges">
          <StateBadge tone={solicitationTone(solicitation.status)} text={solicitationStatusText(solicitation.status)} />
        </View>
        <View className="pt-facts">
          <Fact label="起草单位">{solicitation.agencyName}</Fact>
          <Fact label="征集时间">{periodText(solicitation.opensAt, solicitation.closesAt)}</Fact>
          {open && (
            <Fact label="截止" strong>
              {daysLeftText(solicitation.closesAt, now)}
            </Fact>
          )}
          <Fact label="已收到">{solicitation.opinionCount} 条意见</Fact>
        </View>
        {solicitation.summary && <Text className="pt-summary">{solicitation.summary}</Text>}
        {open && (
          <Tappable inline className="pt-item__link" onTap={() => void Taro.pageScrollTo({ selector: '#opinion-form', duration: 300 }).catch(() => undefined)}>
            我要提意见 ↓
          </Tappable>
        )}
      </View>

      {published && (
        <View className="card">
          <View className="section-title">采纳情况反馈</View>
          <Text className="pt-hint">{formatDate(solicitation.feedback!.publishedAt)} 发布</Text>
          <Counts counts={solicitation.feedback!.counts} />
          <RichBody html={solicitation.feedback!.html} />
        </View>
      )}

      {myOpinions.length > 0 && <MyOpinions opinions={myOpinions} questions={solicitation.questions} published={published} />}

      <View className="card">
        <View className="section-title">征求意见稿</View>
        <RichBody html={solicitation.bodyHtml} />
        {solicitation.attachmentUrl && (
          <Tappable
            role="link"
            className="pt-attachment"
            label={`附件：${solicitation.attachmentName ?? '征求意见稿全文'}`}
            onTap={() => openExternal(solicitation.attachmentUrl!, '附件链接')}
          >
            附件：{solicitation.attachmentName ?? '征求意见稿全文'}
          </Tappable>
        )}
      </View>

      {solicitation.questions.length > 0 && (
        <View className="card">
          <View className="section-title">征求意见的问题</View>
          {solicitation.questions.map((question, index) => (
            <View key={index} className="pt-questions__item">
              <Text className="pt-questions__no">{index + 1}.</Text>
              <Text className="pt-questions__text">{question}</Text>
            </View>
          ))}
        </View>
      )}

      {open ? (
        <OpinionFormCard
          solicitation={solicitation}
          onSent={() => {
            setSent((n) => n + 1);
            item.reload();
          }}
          onClosed={item.reload}
        />
      ) : (
        !published && (
          <View className="card">
            <Text className="pt-hint">征集已于 {formatDate(solicitation.closesAt)} 截止。起草单位正在整理意见，采纳情况反馈发布后会在本页公布。</Text>
          </View>
        )
      )}

      {solicitation.publicOpinions.length > 0 && <PublicOpinions opinions={solicitation.publicOpinions} questions={solicitation.questions} />}
    </View>
  );
}
