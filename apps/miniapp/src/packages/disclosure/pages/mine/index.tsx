import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { DisclosureSummary } from '@weimin/contracts';
import { pageRoot } from '../../../../a11y/page-root';
import { Skeleton } from '../../../../components/Skeleton';
import { StatusView } from '../../../../components/StatusView';
import { Tappable } from '../../../../components/Tappable';
import { usePageRefresh } from '../../../../hooks/usePageRefresh';
import { useRemote } from '../../../../hooks/useRemote';
import { listMyDisclosures } from '../../../../services/disclosure';
import { BackLink } from '../../BackLink';
import { statusTone } from '../../status';
import '../../disclosure.scss';

function Item({ application }: { application: DisclosureSummary }) {
  return (
    <Tappable
      role="link"
      className="card dis__item"
      hoverClass="dis__item--active"
      label={`${application.infoTitle}，${application.statusLabel}，受理编号 ${application.caseNo}`}
      onTap={() => void Taro.navigateTo({ url: `/packages/disclosure/pages/detail/index?id=${application.id}` })}
    >
      <View className="dis__item-head">
        <Text className="dis__item-title">{application.infoTitle}</Text>
        <Text className={`dis__tag dis__tag--${statusTone(application.status)}`}>{application.statusLabel}</Text>
      </View>
      <Text className="dis__meta">受理编号 {application.caseNo}</Text>
      <Text className="dis__meta">
        {application.receivedOn} 收到 · {application.agencyName ?? '待转办'}
      </Text>
      {application.dueOn && <Text className="dis__meta">答复期限 {application.dueOn}</Text>}
    </Tappable>
  );
}

/** 我的依申请公开: each application, its state and its due day. */
export default function MyDisclosuresPage() {
  const mine = useRemote(() => listMyDisclosures(), []);

  usePageRefresh(mine.refresh, { onShow: true });

  return (
    <View {...pageRoot()}>
      <BackLink />
      <Button className="dis__secondary" onClick={() => void Taro.navigateTo({ url: '/packages/disclosure/pages/form/index' })}>
        新的申请
      </Button>
      <View className="dis-field" />
      {mine.loading && !mine.data && <Skeleton count={3} />}
      {mine.error && <StatusView kind="error" message={mine.error.message} onRetry={mine.reload} />}
      {mine.data && !mine.error && mine.data.length === 0 && <StatusView kind="empty" message="您还没有提交过政府信息公开申请" />}
      {mine.data && !mine.error && mine.data.map((application) => <Item key={application.id} application={application} />)}
    </View>
  );
}
