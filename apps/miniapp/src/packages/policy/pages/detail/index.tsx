import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import {
  INTERPRETATION_FORMAT_LABELS,
  INTERPRETATION_LANGUAGE_LABELS,
  LIFE_EVENT_STAGES,
  POLICY_VALIDITY_LABELS,
  type InterpretationDetail,
  type InterpretationLanguage,
} from '@weimin/contracts';
import { useEffect, useState } from 'react';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { RichBody } from '../../../../components/RichBody';
import { ShareBar } from '../../../../components/ShareBar';
import { StatusView } from '../../../../components/StatusView';
import { Tappable } from '../../../../components/Tappable';
import { formatDate } from '../../../../format/datetime';
import { useRemote } from '../../../../hooks/useRemote';
import { useShare } from '../../../../hooks/useShare';
import { ApiError } from '../../../../services/http';
import { getInterpretation, mediaSource, sendFeedback } from '../../../../services/interpretations';
import { InterpretationItem } from '../../components/InterpretationItem';
import { InterpretationMedia } from '../../components/InterpretationMedia';
import './index.scss';

const STAGE_NAMES = new Map(LIFE_EVENT_STAGES.map((stage) => [stage.code, stage.name]));
const PAGE = '/packages/policy/pages/detail/index';

/** 解读详情: the sanitised body through the allow-list renderer, a language switch when variants exist, feedback, and sharing. */
export default function InterpretationDetailPage() {
  const { params } = useRouter();
  const id = Number(params.id);
  const [language, setLanguage] = useState<InterpretationLanguage>('zh');
  const item = useRemote(() => getInterpretation(id, language), [id, language]);
  const target = { page: PAGE, query: { id: params.id ?? '' } };
  // A 图解's picture makes the share card; other formats get WeChat's screenshot of the page.
  const picture = item.data?.format === 'graphic' && item.data.imageUrl ? mediaSource(item.data.imageUrl) : undefined;
  useShare(item.data && { ...target, title: item.data.title, imageUrl: picture }, target);

  useEffect(() => {
    if (item.data) void Taro.setNavigationBarTitle({ title: INTERPRETATION_FORMAT_LABELS[item.data.format] + '解读' });
  }, [item.data]);

  if (item.loading && !item.data) return <StatusView kind="loading" />;
  if (item.error && !item.data) return <StatusView kind="error" message={item.error.message} onRetry={item.reload} />;
  if (!item.data) return null;
  const detail = item.data;

  return (
    <View {...pageRoot('detail')}>
      <BackBar />
      <View className="card">
        {detail.languages.length > 1 && (
          <View className="detail__languages" role="radiogroup" aria-label="选择语言">
            {detail.languages.map((code) => (
              <Tappable
                key={code}
                role="radio"
                selected={code === detail.language}
                className={code === detail.language ? 'detail__language detail__language--selected' : 'detail__language'}
                onTap={() => setLanguage(code)}
              >
                {INTERPRETATION_LANGUAGE_LABELS[code]}
              </Tappable>
            ))}
          </View>
        )}
        <View className="detail__title">{detail.title}</View>
        <View className="detail__meta">
          <Text className="detail__meta-item">{detail.agencyName}</Text>
          <Text className="detail__meta-item">{formatDate(detail.publishedAt)}</Text>
          <Text className="detail__meta-item">阅读 {detail.views}</Text>
        </View>
        <View className="detail__stages">
          {detail.stages.map((stage) => (
            <Text key={stage} className="detail__stage">
              {STAGE_NAMES.get(stage)}
            </Text>
          ))}
        </View>
        <View className="detail__summary">{detail.summary}</View>
        <RichBody html={detail.bodyHtml} />
        <InterpretationMedia detail={detail} />
      </View>
      <ShareBar target={target} />
      {detail.policyDocument && (
        <View className="card">
          <View className="section-title">政策原文</View>
          <View className="detail__doc-title">{detail.policyDocument.title}</View>
          <View className="muted detail__doc-meta">
            {detail.policyDocument.docNumber} · {detail.policyDocument.issuer} · {detail.policyDocument.issuedOn} ·{' '}
            {POLICY_VALIDITY_LABELS[detail.policyDocument.validity]}
          </View>
        </View>
      )}
      <Feedback detail={detail} />
      <View className="card detail__ask">
        <Text className="detail__feedback-question">看完还有疑问？</Text>
        <Text className="muted detail__ask-hint">向起草这篇解读的{detail.agencyName}留言咨询，由其答复。</Text>
        <Tappable
          className="detail__ask-button"
          hoverClass="detail__feedback-button--active"
          onTap={() =>
            void Taro.navigateTo({
              url: `/packages/messages/pages/compose/index?interpretationId=${detail.id}&interpretationTitle=${encodeURIComponent(detail.title)}&agencyName=${encodeURIComponent(detail.agencyName)}`,
            })
          }
        >
          就此政策咨询
        </Tappable>
      </View>
      {detail.related.length > 0 && (
        <>
          <View className="section-title detail__related-title">相关解读</View>
          {detail.related.map((related) => (
            <InterpretationItem key={related.id} item={related} />
          ))}
        </>
      )}
    </View>
  );
}

function Feedback({ detail }: { detail: InterpretationDetail }) {
  const [counts, setCounts] = useState({ helpful: detail.helpful, unhelpful: detail.unhelpful });
  const [answer, setAnswer] = useState<'sending' | 'done' | 'already'>();

  const send = async (helpful: boolean) => {
    setAnswer('sending');
    try {
      const result = await sendFeedback(detail.id, helpful);
      setCounts(result);
      setAnswer('done');
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setAnswer('already');
      else {
        setAnswer(undefined);
        void Taro.showToast({ title: error instanceof ApiError ? error.message : '提交失败，请稍后重试', icon: 'none' });
      }
    }
  };

  return (
    <View className="card detail__feedback">
      <Text className="detail__feedback-question">这条解读对您有帮助吗？</Text>
      {answer === 'done' || answer === 'already' ? (
        <Text className="muted">{answer === 'done' ? '感谢您的反馈' : '您已经反馈过了'}</Text>
      ) : (
        <View className="detail__feedback-buttons">
          <Tappable
            className="detail__feedback-button"
            hoverClass="detail__feedback-button--active"
            label={`有帮助，已有 ${counts.helpful} 人`}
            disabled={answer === 'sending'}
            onTap={() => void send(true)}
          >
            有帮助 {counts.helpful}
          </Tappable>
          <Tappable
            className="detail__feedback-button"
            hoverClass="detail__feedback-button--active"
            label={`没帮助，已有 ${counts.unhelpful} 人`}
            disabled={answer === 'sending'}
            onTap={() => void send(false)}
          >
            没帮助 {counts.unhelpful}
          </Tappable>
        </View>
      )}
    </View>
  );
}
