import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MyOpinionView } from '@weimin/contracts';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { Skeleton } from '../../../../components/Skeleton';
import { StateBadge } from '../../../../components/StateBadge';
import { StatusView } from '../../../../components/StatusView';
import { Tappable } from '../../../../components/Tappable';
import { formatDate } from '../../../../format/datetime';
import { solicitationStatusText, solicitationTone } from '../../../../format/participation';
import { usePageRefresh } from '../../../../hooks/usePageRefresh';
import { useRemote } from '../../../../hooks/useRemote';
import { listMyOpinions } from '../../../../services/solicitations';
import { AdoptionMark } from '../../components';
import '../../participation.scss';

function Item({ opinion }: { opinion: MyOpinionView }) {
  const state = solicitationStatusText(opinion.solicitationStatus);
  return (
    <Tappable
      role="link"
      className="card"
      hoverClass="pt-item--active"
      label={`${opinion.solicitationTitle}，${state}`}
      onTap={() => void Taro.navigateTo({ url: `/packages/participation/pages/solicitation/index?id=${opinion.solicitationId}` })}
    >
      <View className="pt-item__head">
        <Text className="pt-item__title">{opinion.solicitationTitle}</Text>
        <StateBadge tone={solicitationTone(opinion.solicitationStatus)} text={state} />
      </View>
      <View className="pt-entry__meta">
        <Text className="pt-entry__meta-item">{formatDate(opinion.submittedAt)} 提交</Text>
        <Text className="pt-entry__meta-item">{opinion.isPublic ? '允许公开' : '不公开'}</Text>
        {opinion.moderation === 'review' && <Text className="pt-entry__meta-item">审核中</Text>}
      </View>
      <Text className="pt-entry__text">{opinion.content}</Text>
      {opinion.answers.length > 0 && <Text className="pt-hint">另回答了 {opinion.answers.length} 个问题</Text>}
      {opinion.adoption ? (
        <AdoptionMark adoption={opinion.adoption} reason={opinion.adoptionReason} />
      ) : (
        <Text className="pt-hint">{opinion.solicitationStatus === 'open' ? '征集进行中' : '等待起草单位发布采纳情况反馈'}</Text>
      )}
    </Tappable>
  );
}

/** 我的意见: every opinion the citizen sent, and 采纳 / 部分采纳 / 未采纳 with the reason once the feedback is published. */
export default function MyOpinionsPage() {
  const mine = useRemote(() => listMyOpinions(), []);

  usePageRefresh(mine.refresh, { onShow: true });

  return (
    <View {...pageRoot('pt')}>
      <BackBar />
      {mine.loading && !mine.data && <Skeleton count={3} />}
      {mine.error && <StatusView kind="error" message={mine.error.message} onRetry={mine.reload} />}
      {mine.data && !mine.error && mine.data.length === 0 && <StatusView kind="empty" message="您还没有提过意见，可以在“互动 → 意见征集”参与" />}
      {mine.data && !mine.error && mine.data.map((opinion) => <Item key={opinion.id} opinion={opinion} />)}
    </View>
  );
}
