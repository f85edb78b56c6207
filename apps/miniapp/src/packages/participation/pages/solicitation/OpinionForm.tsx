import { Button, Input, Switch, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { OPINION_ANSWER_MAX, OPINION_CONTENT_MAX, type CreateOpinionRequest, type MyOpinionView, type SolicitationDetail } from '@weimin/contracts';
import { useState } from 'react';
import { ApiError } from '../../../../services/http';
import { randomUuid } from '../../../../services/random';
import { submitOpinion } from '../../../../services/solicitations';
import { Field } from '../../components';
import { askFeedbackNotice, feedbackNoticeAvailable } from '../../feedback-notice';
import {
  CONTACT_NAME_MAX,
  charCount,
  emptyOpinionForm,
  hasErrors,
  opinionFormFrom,
  opinionRequest,
  outcomeUnknown,
  serverFieldErrors,
  validateOpinion,
  type FormErrors,
  type OpinionForm,
} from '../../forms';
import { clearPending, loadPending, savePending, type PendingSubmission } from '../../pending';

const UNCONFIRMED = '意见可能已经送达。请点“重新提交”确认结果，不会重复提交。';
const NETWORK_RETRY_DELAY_MS = 1500;

type Submission = PendingSubmission<CreateOpinionRequest>;

/** One quiet retry on a network failure, with the same key; then the citizen decides. */
async function sendOnce(solicitationId: number, submission: Submission): Promise<MyOpinionView> {
  try {
    return await submitOpinion(solicitationId, submission.body, submission.idempotencyKey);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 0)) throw error;
    await new Promise((resolve) => setTimeout(resolve, NETWORK_RETRY_DELAY_MS));
    return submitOpinion(solicitationId, submission.body, submission.idempotencyKey);
  }
}

function sentText(view: MyOpinionView, notified: boolean): string {
  const after = notified ? '采纳情况反馈发布后会通知您，' : '采纳情况反馈发布后，';
  if (view.moderation === 'review') return `意见已收到，正在审核，审核通过后计入本次征集。${after}可在“我的 → 我的意见”查看。`;
  return `意见已提交，感谢参与！${after}可在“我的 → 我的意见”查看每条意见的采纳情况。`;
}

/**
 * 发表意见 while the solicitation is open: free text and, when the agency asked questions, an answer to each. Sent with
 * an Idempotency-Key kept (in storage) until the BFF answers, so a retry after a lost answer never sends it twice.
 */
export function OpinionFormCard({ solicitation, onSent, onClosed }: { solicitation: SolicitationDetail; onSent: () => void; onClosed: () => void }) {
  const questionCount = solicitation.questions.length;
  const [restored] = useState(() => loadPending<CreateOpinionRequest>('opinion', solicitation.id));
  const [form, setForm] = useState<OpinionForm>(() => (restored ? opinionFormFrom(restored.body, questionCount) : emptyOpinionForm(questionCount)));
  const [pending, setPending] = useState<Submission | undefined>(restored);
  const [errors, setErrors] = useState<FormErrors>({});
  const [notice, setNotice] = useState<{ text: string; ok?: boolean } | undefined>(
    restored ? { text: `您上次提交的意见没有收到确认。${UNCONFIRMED}` } : undefined,
  );
  const [submitting, setSubmitting] = useState(false);
  const [wantsNotice, setWantsNotice] = useState(true);
  const locked = pending !== undefined || submitting;

  function update<K extends keyof OpinionForm>(key: K, value: OpinionForm[K]) {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  }

  function updateAnswer(index: number, text: string) {
    setForm((current) => ({ ...current, answers: current.answers.map((answer, i) => (i === index ? text : answer)) }));
    setErrors((current) => ({ ...current, [`answer${index}`]: undefined }));
  }

  async function send(submission: Submission, notified = false) {
    setSubmitting(true);
    setNotice(undefined);
    try {
      const view = await sendOnce(solicitation.id, submission);
      clearPending('opinion', solicitation.id);
      setPending(undefined);
      setForm(emptyOpinionForm(questionCount));
      setNotice({ text: sentText(view, notified), ok: true });
      void Taro.showToast({ title: '提交成功', icon: 'success' });
      onSent();
    } catch (reason) {
      const error = reason instanceof ApiError ? reason : new ApiError(0, 'INTERNAL', '提交失败，请稍后重试');
      if (outcomeUnknown(error)) {
        savePending('opinion', solicitation.id, submission);
        setPending(submission);
        setNotice({ text: `${error.message}。${UNCONFIRMED}` });
        return;
      }
      // The server answered and stored nothing: the form is the citizen's again, and the next submission gets a new key.
      clearPending('opinion', solicitation.id);
      setPending(undefined);
      const { fields, other } = serverFieldErrors(error, ['contactName', 'content']);
      setErrors(fields);
      if (error.code === 'SOLICITATION_NOT_OPEN') {
        setNotice({ text: '这项征集已经截止，不再接收意见。感谢您的关注！' });
        onClosed();
      } else if (error.code === 'OPINION_IDEMPOTENCY_KEY_REUSED') setNotice({ text: '这次提交与上次未确认的提交内容不一致，请检查后重新提交。' });
      else if (error.status === 400 && fields.content) setNotice({ text: `${error.message}。您填写的内容都还在，修改后可以再次提交。` });
      else setNotice({ text: [error.message, ...other].join('；') });
    } finally {
      setSubmitting(false);
    }
  }

  async function submit() {
    if (submitting) return;
    if (pending) return send(pending);
    const found = validateOpinion(form);
    setErrors(found);
    if (hasErrors(found)) {
      setNotice({ text: '请按提示修改后再提交' });
      return;
    }
    setSubmitting(true);
    try {
      // Before any other await: WeChat opens its subscribe dialog only straight from a tap.
      const notified = feedbackNoticeAvailable && wantsNotice ? await askFeedbackNotice() : false;
      await send({ idempotencyKey: randomUuid(), body: opinionRequest(form) }, notified);
    } catch {
      setNotice({ text: '提交失败，请稍后重试' });
    } finally {
      setSubmitting(false);
    }
  }

  async function discard() {
    const { confirm } = await Taro.showModal({
      title: '放弃这次提交？',
      content: '这条意见可能已经送达。放弃前，可以先到“我的 → 我的意见”查看是否已有这条意见。',
      confirmText: '放弃',
      cancelText: '再等等',
    });
    if (!confirm) return;
    clearPending('opinion', solicitation.id);
    setPending(undefined);
    setNotice(undefined);
  }

  return (
    <View className="card" id="opinion-form">
      <View className="section-title">发表意见</View>
      <Text className="pt-hint">请围绕征求意见稿提出意见建议。您的姓名仅供起草单位了解意见来源，不会公开。</Text>
      <Field label="您的意见" error={errors.content} counter={`${charCount(form.content)}/${OPINION_CONTENT_MAX}`}>
        <View className="pt-textarea-box">
          <Textarea
            className="pt-textarea"
            value={form.content}
            maxlength={OPINION_CONTENT_MAX}
            placeholder="请写明对哪一条、什么意见、理由是什么。请勿填写电话、身份证号等个人信息。"
            disabled={locked}
            nativeProps={{ 'aria-label': '您的意见' }}
            onInput={(event) => update('content', event.detail.value)}
          />
        </View>
      </Field>
      {solicitation.questions.map((question, index) => (
        <Field
          key={index}
          label={`问题 ${index + 1}（选填）`}
          hint={question}
          error={errors[`answer${index}`]}
          counter={`${charCount(form.answers[index] ?? '')}/${OPINION_ANSWER_MAX}`}
        >
          <View className="pt-textarea-box">
            <Textarea
              className="pt-textarea pt-textarea--short"
              value={form.answers[index] ?? ''}
              maxlength={OPINION_ANSWER_MAX}
              placeholder="您对这个问题的看法"
              disabled={locked}
              nativeProps={{ 'aria-label': `问题 ${index + 1}：${question}` }}
              onInput={(event) => updateAnswer(index, event.detail.value)}
            />
          </View>
        </Field>
      ))}
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
      <View className="pt-switch-row">
        <View className="pt-switch-row__text">
          <Text className="pt-switch-row__label">允许公开展示</Text>
          <Text className="pt-hint">默认不公开。允许后，意见可在本页展示，姓名显示为“张*”，正文中的电话号码、身份证号会被遮盖。</Text>
        </View>
        <Switch
          className="pt-switch"
          checked={form.isPublic}
          disabled={locked}
          color="#1f5fbf"
          nativeProps={{ 'aria-label': '允许公开展示' }}
          onChange={(event) => update('isPublic', event.detail.value)}
        />
      </View>
      {feedbackNoticeAvailable && (
        <View className="pt-switch-row">
          <View className="pt-switch-row__text">
            <Text className="pt-switch-row__label">反馈发布后通知我</Text>
            <Text className="pt-hint">提交时微信会询问您是否接收通知，您同意后才会发送。</Text>
          </View>
          <Switch className="pt-switch" checked={wantsNotice} disabled={locked} color="#1f5fbf" onChange={(event) => setWantsNotice(event.detail.value)} />
        </View>
      )}
      {notice && <View className={notice.ok ? 'pt-notice pt-notice--ok' : 'pt-notice'}>{notice.text}</View>}
      <Button className="pt-submit" loading={submitting} disabled={submitting || undefined} onClick={() => void submit()}>
        {pending ? '重新提交' : '提交意见'}
      </Button>
      {pending && !submitting && (
        <Button className="pt-secondary" onClick={() => void discard()}>
          放弃这次提交
        </Button>
      )}
    </View>
  );
}
