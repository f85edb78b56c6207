import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { MESSAGE_CHANNEL_LABELS, type BoardMessageView } from '@weimin/contracts';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { TypeTag } from '../../../../components/MessageTags';
import { RichBody } from '../../../../components/RichBody';
import { ShareBar } from '../../../../components/ShareBar';
import { StatusView } from '../../../../components/StatusView';
import { formatDate, formatDateTime } from '../../../../format/datetime';
import { useRemote } from '../../../../hooks/useRemote';
import { useShare } from '../../../../hooks/useShare';
import { ApiError } from '../../../../services/http';
import { boardImageSrc, getBoardMessage } from '../../../../services/messages';
import { MessageImages } from '../detail/MessageImages';
import './index.scss';

function loadBoardMessage(idParam: string | undefined): Promise<BoardMessageView> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) return Promise.reject(new ApiError(400, 'VALIDATION_FAILED', '留言编号无效'));
  return getBoardMessage(id);
}

/** A public message and its reply, as the board shows it: the author masked or absent, the text scrubbed by the server. */
export default function BoardDetailPage() {
  const { params } = useRouter();
  const message = useRemote(() => loadBoardMessage(params.id), [params.id]);
  const target = { page: '/packages/messages/pages/board-detail/index', query: { id: params.id ?? '' } };
  useShare(message.data && { ...target, title: `${message.data.agencyName}答复：${message.data.title}` }, target);

  return (
    <View {...pageRoot('board-detail')}>
      <BackBar />
      {message.loading && <StatusView kind="loading" />}
      {message.error && <StatusView kind="error" message={message.error.message} onRetry={message.reload} />}
      {message.data && (
        <>
          <View className="card">
            <View className="board-detail__head">
              <TypeTag type={message.data.type} />
              <Text className="board-detail__title">{message.data.title}</Text>
            </View>
            <View className="board-detail__meta">
              <Text className="board-detail__meta-item">{MESSAGE_CHANNEL_LABELS[message.data.channel]}</Text>
              {message.data.authorMasked && <Text className="board-detail__meta-item">留言人 {message.data.authorMasked}</Text>}
              <Text className="board-detail__meta-item">{formatDate(message.data.submittedAt)}</Text>
            </View>
            <Text className="board-detail__content" userSelect>
              {message.data.content}
            </Text>
            {message.data.images.length > 0 && <MessageImages images={message.data.images} source={boardImageSrc} />}
          </View>

          <View className="card">
            <View className="section-title">答复</View>
            <View className="board-detail__reply-head">
              <Text className="board-detail__agency">{message.data.agencyName}</Text>
              <Text className="muted board-detail__date">{formatDateTime(message.data.repliedAt)}</Text>
            </View>
            <RichBody html={message.data.replyHtml} />
          </View>
          <ShareBar target={target} />

          <Button className="board-detail__compose" onClick={() => void Taro.navigateTo({ url: '/packages/messages/pages/compose/index' })}>
            我也要留言
          </Button>
        </>
      )}
    </View>
  );
}
