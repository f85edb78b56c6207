import { Button, Text, Textarea, View } from '@tarojs/components';
import { SATISFACTION_LABELS, type MyMessageView, type Satisfaction } from '@weimin/contracts';
import { useState } from 'react';
import { Tappable } from '../../../../components/Tappable';
import { ApiError } from '../../../../services/http';
import { rateMessage } from '../../../../services/messages';
import { charCount } from '../compose/form';

const RATING_COMMENT_MAX = 200;
const SATISFACTIONS = Object.keys(SATISFACTION_LABELS) as Satisfaction[];

interface Props {
  message: MyMessageView;
  onRated: (message: MyMessageView) => void;
  /** The server said the message was rated already (409): show what it has now. */
  onStale: () => void;
}

/** 满意 / 基本满意 / 不满意, once per reply; a comment is optional. */
export function RatingCard({ message, onRated, onStale }: Props) {
  const [rating, setRating] = useState<Satisfaction>();
  const [comment, setComment] = useState('');
  const [saving, setSaving] = useState(false);

  if (message.rating) {
    return (
      <View className="card">
        <View className="section-title">我的评价</View>
        <Text className={`detail__rating detail__rating--${message.rating}`}>{SATISFACTION_LABELS[message.rating]}</Text>
      </View>
    );
  }
  if (!message.canRate) return null;

  async function submit() {
    if (!rating || saving) return;
    setSaving(true);
    try {
      const trimmed = comment.trim();
      onRated(await rateMessage(message.id, { rating, ...(trimmed ? { comment: trimmed } : {}) }));
    } catch (error) {
      // The request wrapper has shown the message.
      if (error instanceof ApiError && error.status === 409) onStale();
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="card">
      <View className="section-title">评价答复</View>
      <Text className="muted detail__rating-hint">您对这次答复满意吗？每条答复只能评价一次。</Text>
      <View className="detail__ratings" role="radiogroup" aria-label="评价答复">
        {SATISFACTIONS.map((value) => (
          <Tappable
            key={value}
            role="radio"
            selected={value === rating}
            disabled={saving}
            className={value === rating ? 'detail__rating-option detail__rating-option--selected' : 'detail__rating-option'}
            onTap={() => setRating(value)}
          >
            {SATISFACTION_LABELS[value]}
          </Tappable>
        ))}
      </View>
      {rating && (
        <>
          <View className="detail__comment-box">
            <Textarea
              className="detail__comment"
              value={comment}
              maxlength={RATING_COMMENT_MAX}
              placeholder={`补充说明（选填，${RATING_COMMENT_MAX} 字以内）`}
              disabled={saving}
              nativeProps={{ 'aria-label': '评价说明' }}
              onInput={(event) => setComment(event.detail.value)}
            />
          </View>
          <Text className="detail__comment-counter">
            {charCount(comment)}/{RATING_COMMENT_MAX}
          </Text>
          <Button className="detail__rate" loading={saving} disabled={saving || undefined} onClick={() => void submit()}>
            提交评价
          </Button>
        </>
      )}
    </View>
  );
}
