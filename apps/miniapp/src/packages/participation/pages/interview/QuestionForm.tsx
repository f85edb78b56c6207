import { Button, Input, Switch, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { INTERVIEW_QUESTION_MAX, type AskInterviewQuestionRequest, type InterviewView, type MyInterviewQuestionView } from '@weimin/contracts';
import { useState } from 'react';
import { useRemote } from '../../../../hooks/useRemote';
import { getMe } from '../../../../services/auth';
import { ApiError } from '../../../../services/http';
import { askQuestion } from '../../../../services/interviews';
import { randomUuid } from '../../../../services/random';
import { sessionToken } from '../../../../stores/session';
import { Field } from '../../components';
import {
  CONTACT_NAME_MAX,
  charCount,
  emptyQuestionForm,
  hasErrors,
  outcomeUnknown,
  questionRequest,
  serverFieldErrors,
  validateQuestion,
  type FormErrors,
  type QuestionForm,
} from '../../forms';
import { clearPending, loadPending, savePending, type PendingSubmission } from '../../pending';

const UNCONFIRMED = '提问可能已经送达。请点“重新提交”确认结果，不会重复提交。';
const NETWORK_RETRY_DELAY_MS = 1500;

type Submission = PendingSubmission<AskInterviewQuestionRequest>;

async function sendOnce(interviewId: number, submission: Submission): Promise<MyInterviewQuestionView> {
  try {
    return await askQuestion(interviewId, submission.body, submission.idempotencyKey);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 0)) throw error;
    await new Promise((resolve) => setTimeout(resolve, NETWORK_RETRY_DELAY_MS));
    return askQuestion(interviewId, submission.body, submission.idempotencyKey);
  }
}

function sentText(view: MyInterviewQuestionView): string {
  if (view.visibility === 'held') return '问题已收到，审核后转交主持人。访谈中未答复的问题，会转为留言由嘉宾单位答复。';
  return '问题已提交，主持人会从中选取提问。访谈中未答复的问题，会转为留言由嘉宾单位答复，可在“我的 → 我的提问”查看。';
}

/**
 * 我要提问 while the interview collects questions or is live. Sent with an Idempotency-Key kept until the BFF
 * answers; the contact details reach the guest agency only if the question becomes a message.
 */
export function QuestionFormCard({ interview, onSent, onClosed }: { interview: InterviewView; onSent: () => void; onClosed: () => void }) {
  const [restored] = useState(() => loadPending<AskInterviewQuestionRequest>('question', interview.id));
  const [form, setForm] = useState<QuestionForm>(() =>
    restored ? { ...emptyQuestionForm(), ...restored.body, contactPhone: restored.body.contactPhone ?? '' } : emptyQuestionForm(),
  );
  const [pending, setPending] = useState<Submission | undefined>(restored);
  const [errors, setErrors] = useState<FormErrors>({});
  const [notice, setNotice] = useState<{ text: string; ok?: boolean } | undefined>(restored ? { text: `您上次的提问没有收到确认。${UNCONFIRMED}` } : undefined);
  const [submitting, setSubmitting] = useState(false);
  // Whether a phone is bound decides if the field may stay empty: asked once the citizen starts writing (signing them
  // in), so that reading the interview signs nobody in.
  const [engaged, setEngaged] = useState(() => sessionToken() !== undefined);
  const me = useRemote(() => (engaged ? getMe() : Promise.resolve(undefined)), [engaged]);
  const boundPhone = me.data?.phoneMasked ?? null;
  const locked = pending !== undefined || submitting;

  function update<K extends keyof QuestionForm>(key: K, value: QuestionForm[K]) {
    setEngaged(true);
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  }

  async function send(submission: Submission) {
    setSubmitting(true);
    setNotice(undefined);
    try {
      const view = await sendOnce(interview.id, submission);
      clearPending('question', interview.id);
      setPending(undefined);
      setForm((current) => ({ ...emptyQuestionForm(), contactName: current.contactName, contactPhone: current.contactPhone }));
      setNotice({ text: sentText(view), ok: true });
      void Taro.showToast({ title: '提交成功', icon: 'success' });
      onSent();
    } catch (reason) {
      const error = reason instanceof ApiError ? reason : new ApiError(0, 'INTERNAL', '提交失败，请稍后重试');
      if (outcomeUnknown(error)) {
        savePending('question', interview.id, submission);
        setPending(submission);
        setNotice({ text: `${error.message}。${UNCONFIRMED}` });
        return;
      }
      clearPending('question', interview.id);
      setPending(undefined);
      const { fields, other } = serverFieldErrors(error, ['content', 'contactName', 'contactPhone']);
      setErrors(fields);
      if (error.code === 'INTERVIEW_NOT_COLLECTING') {
        setNotice({ text: '访谈现在不接受提问了。有问题可以到“留言”栏目给相关单位留言。' });
        onClosed();
      } else if (error.code === 'INTERVIEW_IDEMPOTENCY_KEY_REUSED') setNotice({ text: '这次提交与上次未确认的提交内容不一致，请检查后重新提交。' });
      else if (error.status === 400 && fields.content) setNotice({ text: `${error.message}。您填写的内容都还在，修改后可以再次提交。` });
      else setNotice({ text: [error.message, ...other].join('；') });
    } finally {
      setSubmitting(false);
    }
  }

  async function submit() {
    if (submitting) return;
    if (pending) return send(pending);
    const found = validateQuestion(form, boundPhone !== null);
    setErrors(found);
    if (hasErrors(found)) {
      setNotice({ text: '请按提示修改后再提交' });
      return;
    }
    await send({ idempotencyKey: randomUuid(), body: questionRequest(form) });
  }

  async function discard() {
    const { confirm } = await Taro.showModal({
      title: '放弃这次提交？',
      content: '这个问题可能已经送达。放弃前，可以先到“我的 → 我的提问”查看。',
      confirmText: '放弃',
      cancelText: '再等等',
    });
    if (!confirm) return;
    clearPending('question', interview.id);
    setPending(undefined);
    setNotice(undefined);
  }

  return (
    <View className="card" id="question-form">
      <View className="section-title">我要提问</View>
      <Text className="pt-hint">访谈中未答复的问题，会转为留言交嘉宾单位答复。联系方式只用于答复您，不会公开。</Text>
      <Field label="问题" error={errors.content} counter={`${charCount(form.content)}/${INTERVIEW_QUESTION_MAX}`}>
        <View className="pt-textarea-box">
          <Textarea
            className="pt-textarea"
            value={form.content}
            maxlength={INTERVIEW_QUESTION_MAX}
            placeholder="请简明写出您想问嘉宾的问题。请勿填写身份证号等个人信息。"
            disabled={locked}
            nativeProps={{ 'aria-label': '问题' }}
            onInput={(event) => update('content', event.detail.value)}
          />
        </View>
      </Field>
      <Field label="姓名" error={errors.contactName}>
        <Input
          className="pt-input"
          value={form.contactName}
          maxlength={CONTACT_NAME_MAX}
          placeholder="您的姓名"
          disabled={locked}
          nativeProps={{ 'aria-label': '姓名' }}
          onInput={(event) => update('contactName', event.detail.value)}
        />
      </Field>
      <Field
        label={boundPhone ? '联系电话（选填）' : '联系电话'}
        error={errors.contactPhone}
        hint={boundPhone ? `不填则使用已绑定的手机号 ${boundPhone}` : undefined}
      >
        <Input
          className="pt-input"
          type="number"
          value={form.contactPhone}
          maxlength={11}
          placeholder="11 位手机号码"
          disabled={locked}
          nativeProps={{ 'aria-label': '联系电话' }}
          onInput={(event) => update('contactPhone', event.detail.value)}
        />
      </Field>
      <View className="pt-switch-row">
        <View className="pt-switch-row__text">
          <Text className="pt-switch-row__label">同意公开</Text>
          <Text className="pt-hint">问题转为留言并答复后，可在留言板展示。您的姓名、电话不会公开。</Text>
        </View>
        <Switch
          className="pt-switch"
          checked={form.isPublic}
          disabled={locked}
          color="#1f5fbf"
          nativeProps={{ 'aria-label': '同意公开' }}
          onChange={(event) => update('isPublic', event.detail.value)}
        />
      </View>
      {notice && <View className={notice.ok ? 'pt-notice pt-notice--ok' : 'pt-notice'}>{notice.text}</View>}
      <Button className="pt-submit" loading={submitting} disabled={submitting || undefined} onClick={() => void submit()}>
        {pending ? '重新提交' : '提交问题'}
      </Button>
      {pending && !submitting && (
        <Button className="pt-secondary" onClick={() => void discard()}>
          放弃这次提交
        </Button>
      )}
    </View>
  );
}
