import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { NOTICE_SECTION_LABELS, type NoticeView } from '@weimin/contracts';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { RichBody } from '../../../../components/RichBody';
import { ShareBar } from '../../../../components/ShareBar';
import { StatusView } from '../../../../components/StatusView';
import { formatDate, formatDateTime } from '../../../../format/datetime';
import { useRemote } from '../../../../hooks/useRemote';
import { useShare } from '../../../../hooks/useShare';
import { ApiError } from '../../../../services/http';
import { getNotice } from '../../../../services/notices';
import './index.scss';

function loadNotice(idParam: string | undefined): Promise<NoticeView> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) return Promise.reject(new ApiError(400, 'VALIDATION_FAILED', '信息编号无效'));
  return getNotice(id);
}

/** One notice of a unit, its body rendered from the server's sanitised HTML; sharing, and a way to write to the unit about it. */
export default function NoticeDetailPage() {
  const { params } = useRouter();
  const notice = useRemote(() => loadNotice(params.id), [params.id]);
  const target = { page: '/packages/units/pages/notice/index', query: { id: params.id ?? '' } };
  useShare(notice.data && { ...target, title: `${notice.data.agencyName}：${notice.data.title}` }, target);

  return (
    <View {...pageRoot('notice')}>
      <BackBar />
      {notice.loading && <StatusView kind="loading" />}
      {notice.error && <StatusView kind="error" message={notice.error.message} onRetry={notice.reload} />}
      {notice.data && (
        <>
          <View className="card">
            <View className="notice__title">{notice.data.title}</View>
            <View className="notice__meta">
              <Text className="notice__meta-item">{NOTICE_SECTION_LABELS[notice.data.section]}</Text>
              <Text className="notice__meta-item">{notice.data.agencyName}</Text>
              <Text className="notice__meta-item">{formatDate(notice.data.publishedAt)}</Text>
              {notice.data.expired && <Text className="notice__expired">已过期</Text>}
            </View>
            {(notice.data.validFrom || notice.data.validUntil) && (
              <View className="notice__validity">
                影响时段：{notice.data.validFrom ? formatDateTime(notice.data.validFrom) : '—'} 至{' '}
                {notice.data.validUntil ? formatDateTime(notice.data.validUntil) : '—'}
              </View>
            )}
            <RichBody html={notice.data.bodyHtml} />
          </View>
          <ShareBar target={target} />
          <Button
            className="notice__message"
            onClick={() =>
              void Taro.navigateTo({
                url: `/packages/messages/pages/compose/index?unitId=${notice.data!.agencyId}&unitName=${encodeURIComponent(notice.data!.agencyName)}`,
              })
            }
          >
            就此信息给该单位留言
          </Button>
        </>
      )}
    </View>
  );
}
