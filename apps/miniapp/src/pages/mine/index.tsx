import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { MESSAGE_STATUS_LABELS, type MyMessageSummary } from '@weimin/contracts';
import { pageRoot } from '../../a11y/page-root';
import { ElderSwitch } from '../../components/ElderSwitch';
import { StatusTag, TypeTag } from '../../components/MessageTags';
import { Skeleton } from '../../components/Skeleton';
import { StatusView } from '../../components/StatusView';
import { Tappable } from '../../components/Tappable';
import { formatDate } from '../../format/datetime';
import { useElderMode } from '../../hooks/useElderMode';
import { usePageRefresh } from '../../hooks/usePageRefresh';
import { useRemote } from '../../hooks/useRemote';
import { listMyMessages } from '../../services/messages';
import './index.scss';

function MyMessageItem({ message }: { message: MyMessageSummary }) {
  return (
    <Tappable
      role="link"
      className="card mine__item"
      hoverClass="mine__item--active"
      label={`${message.title}，${MESSAGE_STATUS_LABELS[message.status]}，受理编号 ${message.caseNo}`}
      onTap={() => void Taro.navigateTo({ url: `/packages/messages/pages/detail/index?id=${message.id}` })}
    >
      <View className="mine__item-head">
        <TypeTag type={message.type} />
        <Text className="mine__item-title">{message.title}</Text>
        <StatusTag status={message.status} />
      </View>
      <View className="mine__item-meta">
        <Text className="mine__meta">受理编号 {message.caseNo}</Text>
        <Text className="mine__meta">{formatDate(message.submittedAt)} 留言</Text>
        {message.repliedAt && <Text className="mine__meta mine__meta--replied">{formatDate(message.repliedAt)} 已答复</Text>}
      </View>
    </Tappable>
  );
}

/** 我的: the citizen's own messages and how far each has got. */
export default function MinePage() {
  const mine = useRemote(() => listMyMessages(), []);
  const elder = useElderMode();

  // Back from composing or rating: the list has changed.
  usePageRefresh(mine.refresh, { onShow: true });

  return (
    <View {...pageRoot('mine')}>
      <View className="card mine__intro">
        <View className="mine__intro-text">
          <Text className="mine__intro-title">我的留言</Text>
          <Text className="muted mine__intro-hint">办理进度和答复都在这里</Text>
        </View>
        <Button className="mine__compose" onClick={() => void Taro.navigateTo({ url: '/packages/messages/pages/compose/index' })}>
          去留言
        </Button>
      </View>

      <Tappable
        role="link"
        className="card mine__entry"
        hoverClass="mine__item--active"
        label="依申请公开：我的政府信息公开申请、补正和答复书"
        onTap={() => void Taro.navigateTo({ url: '/packages/disclosure/pages/mine/index' })}
      >
        <View className="mine__intro-text">
          <Text className="mine__entry-title">依申请公开</Text>
          <Text className="muted mine__entry-hint">我的政府信息公开申请、补正和答复书</Text>
        </View>
        <Text className="mine__arrow">›</Text>
      </Tappable>

      <Tappable
        role="link"
        className="card mine__entry"
        hoverClass="mine__item--active"
        label="我的订阅：订阅的公共企事业单位，可取消订阅"
        onTap={() => void Taro.navigateTo({ url: '/packages/units/pages/subscriptions/index' })}
      >
        <View className="mine__intro-text">
          <Text className="mine__entry-title">我的订阅</Text>
          <Text className="muted mine__entry-hint">停水、停电等便民公告的通知，可一键取消</Text>
        </View>
        <Text className="mine__arrow">›</Text>
      </Tappable>

      <Tappable
        role="link"
        className="card mine__entry"
        hoverClass="mine__item--active"
        label="我的意见：对政策草案提出的意见和采纳情况"
        onTap={() => void Taro.navigateTo({ url: '/packages/participation/pages/my-opinions/index' })}
      >
        <View className="mine__intro-text">
          <Text className="mine__entry-title">我的意见</Text>
          <Text className="muted mine__entry-hint">对政策草案提出的意见和采纳情况</Text>
        </View>
        <Text className="mine__arrow">›</Text>
      </Tappable>

      <Tappable
        role="link"
        className="card mine__entry"
        hoverClass="mine__item--active"
        label="我的提问：在线访谈中的提问和答复"
        onTap={() => void Taro.navigateTo({ url: '/packages/participation/pages/my-questions/index' })}
      >
        <View className="mine__intro-text">
          <Text className="mine__entry-title">我的提问</Text>
          <Text className="muted mine__entry-hint">在线访谈中的提问和答复</Text>
        </View>
        <Text className="mine__arrow">›</Text>
      </Tappable>

      <ElderSwitch on={elder} />

      {mine.loading && !mine.data && <Skeleton count={3} />}
      {mine.error && <StatusView kind="error" message={mine.error.message} onRetry={mine.reload} />}
      {mine.data && !mine.error && mine.data.length === 0 && <StatusView kind="empty" message="您还没有留言，有问题可以点“去留言”" />}
      {mine.data && !mine.error && mine.data.map((message) => <MyMessageItem key={message.id} message={message} />)}

      <Tappable
        role="link"
        className="mine__privacy"
        label="隐私说明：我们收集哪些信息、为什么、保存多久"
        onTap={() => void Taro.navigateTo({ url: '/packages/messages/pages/privacy/index' })}
      >
        <Text>隐私说明：我们收集哪些信息、为什么、保存多久</Text>
        <Text className="mine__arrow">›</Text>
      </Tappable>
    </View>
  );
}
