import { Text } from '@tarojs/components';
import { MESSAGE_STATUS_LABELS, MESSAGE_TYPE_LABELS, type MessageStatus, type MessageType } from '@weimin/contracts';
import './index.scss';

export function TypeTag({ type }: { type: MessageType }) {
  return <Text className={`message-tag message-tag--${type}`}>{MESSAGE_TYPE_LABELS[type]}</Text>;
}

export function StatusTag({ status }: { status: MessageStatus }) {
  return <Text className={`message-status message-status--${status}`}>{MESSAGE_STATUS_LABELS[status]}</Text>;
}
