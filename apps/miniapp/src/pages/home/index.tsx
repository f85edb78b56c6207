import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { LifeEventStageView } from '@weimin/contracts';
import { pageRoot } from '../../a11y/page-root';
import { ElderSwitch } from '../../components/ElderSwitch';
import { SearchBar } from '../../components/SearchBar';
import { Skeleton } from '../../components/Skeleton';
import { StageGrid } from '../../components/StageGrid';
import { StatusView } from '../../components/StatusView';
import { Tappable } from '../../components/Tappable';
import { useElderMode } from '../../hooks/useElderMode';
import { type Remote, useRemote } from '../../hooks/useRemote';
import { useWxacodeScene } from '../../hooks/useWxacodeScene';
import { listStages } from '../../services/stages';
import './index.scss';

function openStage(stage: LifeEventStageView) {
  void Taro.navigateTo({ url: `/packages/policy/pages/stage/index?code=${stage.code}` });
}

/** 政务服务便民热线: the number every city's government answers, for 长辈版's 打电话问. */
const SERVICE_HOTLINE = '12345';

/** 长辈版's home page: only the big tasks, each a large button (docs/accessibility.md). */
function ElderHome({ stages }: { stages: Remote<LifeEventStageView[]> }) {
  return (
    <View className="page home elder">
      <ElderSwitch on />
      <Tappable role="link" className="card home__big" label="我要留言" onTap={() => void Taro.navigateTo({ url: '/packages/messages/pages/compose/index' })}>
        <Text className="home__big-title">我要留言</Text>
        <Text className="home__big-hint">咨询、建议、投诉</Text>
      </Tappable>
      <Tappable role="link" className="card home__big" label="我的留言" onTap={() => void Taro.switchTab({ url: '/pages/mine/index' })}>
        <Text className="home__big-title">我的留言</Text>
        <Text className="home__big-hint">看办理进度和答复</Text>
      </Tappable>
      <Tappable
        className="card home__big"
        label={`打电话问：拨打 ${SERVICE_HOTLINE} 政务服务便民热线`}
        onTap={() => void Taro.makePhoneCall({ phoneNumber: SERVICE_HOTLINE }).catch(() => undefined)}
      >
        <Text className="home__big-title">打电话问 {SERVICE_HOTLINE}</Text>
        <Text className="home__big-hint">政务服务便民热线</Text>
      </Tappable>
      {stages.loading && <Skeleton kind="grid" count={9} />}
      {stages.error && <StatusView kind="error" message={stages.error.message} onRetry={stages.reload} />}
      {stages.data && <StageGrid title="按办事阶段找政策" stages={stages.data.filter((s) => s.audience === 'personal')} onSelect={openStage} />}
    </View>
  );
}

/** 搜索政策解读: the results page lives in the policy subpackage. */
function searchInterpretations(words: string) {
  void Taro.navigateTo({ url: `/packages/policy/pages/search/index?q=${encodeURIComponent(words)}` });
}

/** A development WeChat build runs with placeholders (see config/build-settings.ts); say so before anyone mistakes it for the real app. */
function DevelopmentBuildNotice() {
  if (WEIMIN_BUILD_PLACEHOLDERS.length === 0) return null;
  return (
    <View className="home__dev-notice">
      <Text className="home__dev-notice-title">开发版本，不可提交审核</Text>
      <Text className="home__dev-notice-text">
        以下配置使用了占位值：{WEIMIN_BUILD_PLACEHOLDERS.join('、')}。接口地址 {WEIMIN_API_BASE} 仅供开发调试。
      </Text>
    </View>
  );
}

export default function HomePage() {
  const stages = useRemote(() => listStages(), []);
  const elder = useElderMode();
  useWxacodeScene();
  if (elder) return <ElderHome stages={stages} />;

  return (
    <View {...pageRoot('home')}>
      <DevelopmentBuildNotice />
      <ElderSwitch on={false} />
      <View className="home__banner">
        <Text className="home__banner-title">政策解读 · 按办事阶段查找</Text>
        <Text className="home__banner-text">从出生到退休、从企业开办到注销，找到与您相关的政策和解读。</Text>
      </View>
      <SearchBar onSearch={searchInterpretations} />
      <Tappable
        role="link"
        className="card home__message"
        hoverClass="home__message--active"
        label="我要留言"
        onTap={() => void Taro.navigateTo({ url: '/packages/messages/pages/compose/index' })}
      >
        <View className="home__message-glyph" aria-hidden="true">
          <Text>言</Text>
        </View>
        <View className="home__message-text">
          <Text className="home__message-title">我要留言</Text>
          <Text className="muted home__message-hint">咨询、建议、投诉，承办单位按期答复</Text>
        </View>
        <Text className="home__message-arrow">›</Text>
      </Tappable>
      <Tappable
        role="link"
        className="card home__message"
        hoverClass="home__message--active"
        label="依申请公开"
        onTap={() => void Taro.navigateTo({ url: '/packages/disclosure/pages/form/index' })}
      >
        <View className="home__message-glyph" aria-hidden="true">
          <Text>公</Text>
        </View>
        <View className="home__message-text">
          <Text className="home__message-title">依申请公开</Text>
          <Text className="muted home__message-hint">申请获取政府信息，20 个工作日内答复</Text>
        </View>
        <Text className="home__message-arrow">›</Text>
      </Tappable>
      <Tappable
        role="link"
        className="card home__message"
        hoverClass="home__message--active"
        label="年度报告"
        onTap={() => void Taro.navigateTo({ url: '/packages/disclosure/pages/reports/index' })}
      >
        <View className="home__message-glyph" aria-hidden="true">
          <Text>报</Text>
        </View>
        <View className="home__message-text">
          <Text className="home__message-title">年度报告</Text>
          <Text className="muted home__message-hint">政府信息公开工作年度报告</Text>
        </View>
        <Text className="home__message-arrow">›</Text>
      </Tappable>
      {stages.loading && <Skeleton kind="grid" count={9} />}
      {stages.error && <StatusView kind="error" message={stages.error.message} onRetry={stages.reload} />}
      {stages.data && (
        <>
          <StageGrid title="个人办事" stages={stages.data.filter((s) => s.audience === 'personal')} onSelect={openStage} />
          <StageGrid title="企业办事" stages={stages.data.filter((s) => s.audience === 'enterprise')} onSelect={openStage} />
        </>
      )}
    </View>
  );
}
