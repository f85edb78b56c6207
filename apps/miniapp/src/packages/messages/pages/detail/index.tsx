import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { MESSAGE_CHANNEL_LABELS, MessageStatus, type MyMessageView } from '@weimin/contracts';
import { useEffect, useState } from 'react';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { StatusTag, TypeTag } from '../../../../components/MessageTags';
import { RichBody } from '../../../../components/RichBody';
import { StatusView } from '../../../../components/StatusView';
import { formatDate, formatDateTime } from '../../../../format/datetime';
import { usePageRefresh } from '../../../../hooks/usePageRefresh';
import { useRemote } from '../../../../hooks/useRemote';
import { ApiError } from '../../../../services/http';
import { getMyMessage } from '../../../../services/messages';
import { SubscribeNotice } from '../../notification/SubscribeNotice';
import { MessageImages } from './MessageImages';
import { RatingCard } from './RatingCard';
import { PROGRESS_STEPS, progressStep, progressText } from './progress';
import './index.scss';

function loadMessage(idParam: string | undefined): Promise<MyMessageView> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) return Promise.reject(new ApiError(400, 'VALIDATION_FAILED', '留言编号无效'));
  return getMyMessage(id);
}

function Row({ label, children }: { label: string; children: string }) {
  return (
    <View className="detail__row">
      <Text className="detail__row-label">{label}</Text>
      <Text className="detail__row-value">{children}</Text>
    </View>
  );
}

function Progress({ message }: { message: MyMessageView }) {
  const current = progressStep(message.status);
  const hidden = message.status === MessageStatus.Hidden;
  return (
    <View className="card">
      <View className="section-title">办理进度</View>
      {!hidden && (
        <View className="detail__steps">
          {PROGRESS_STEPS.map((step, index) => (
            <View key={step} className={index <= current ? 'detail__step detail__step--done' : 'detail__step'}>
              <View className="detail__step-dot" />
              <Text className="detail__step-label">{step}</Text>
            </View>
          ))}
        </View>
      )}
      <View className="detail__progress-text">
        <StatusTag status={message.status} />
        <Text className="detail__progress-sentence">{progressText(message)}</Text>
      </View>
    </View>
  );
}

/** My message: where it is, the replies, and the rating once answered. */
export default function MessageDetailPage() {
  const { params } = useRouter();
  const remote = useRemote(() => loadMessage(params.id), [params.id]);
  // The rating answer carries the updated message; it stands until the next load.
  const [rated, setRated] = useState<MyMessageView>();
  const message = rated ?? remote.data;

  useEffect(() => setRated(undefined), [remote.data]);
  usePageRefresh(remote.refresh);

  return (
    <View {...pageRoot('detail')}>
      <BackBar />
      {remote.loading && !message && <StatusView kind="loading" />}
      {remote.error && <StatusView kind="error" message={remote.error.message} onRetry={remote.reload} />}
      {message && !remote.error && (
        <>
          <SubscribeNotice outcome={params.notify} />
          <View className="card">
            <View className="detail__head">
              <TypeTag type={message.type} />
              <Text className="detail__title">{message.title}</Text>
            </View>
            <Row label="受理编号">{message.caseNo}</Row>
            <Row label="留言渠道">{MESSAGE_CHANNEL_LABELS[message.channel]}</Row>
            <Row label="承办单位">{message.agencyName ?? '待交办'}</Row>
            <Row label="留言时间">{formatDateTime(message.submittedAt)}</Row>
            {message.dueAt && <Row label="答复期限">{formatDate(message.dueAt)}</Row>}
            <Row label="是否公开">{message.isPublic ? '同意在留言板公开（不含姓名电话）' : '不公开'}</Row>
          </View>

          <Progress message={message} />

          <View className="card">
            <View className="section-title">留言内容</View>
            <Text className="detail__content" userSelect>
              {message.content}
            </Text>
            {message.images.length > 0 && <MessageImages images={message.images} />}
          </View>

          <View className="card">
            <View className="section-title">答复</View>
            {message.replies.length === 0 && <Text className="muted">暂未答复，答复后会显示在这里。</Text>}
            {message.replies.map((reply, index) => (
              <View key={reply.id} className={index === 0 ? 'detail__reply' : 'detail__reply detail__reply--divided'}>
                <View className="detail__reply-head">
                  <Text className="detail__reply-agency">{reply.agencyName}</Text>
                  <Text className="muted detail__reply-date">{formatDateTime(reply.createdAt)}</Text>
                </View>
                <RichBody html={reply.bodyHtml} />
              </View>
            ))}
          </View>

          <RatingCard message={message} onRated={setRated} onStale={remote.reload} />

          <View className="card">
            <View className="section-title">我的联系方式</View>
            <Row label="联系人">{message.contactName}</Row>
            <Row label="联系电话">{message.contactPhoneMasked}</Row>
            <Text className="muted detail__contact-note">仅您本人和承办单位可见，不会公开。</Text>
          </View>
        </>
      )}
    </View>
  );
}
