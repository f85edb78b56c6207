import { Input, Text, Textarea, View } from '@tarojs/components';
import { OPINION_ANSWER_MAX, OPINION_CONTENT_MAX, type CreateOpinionRequest, type MyOpinionView, type SolicitationDetail } from '@weimin/contracts';
import { useState } from 'react';
import { randomUuid } from '../../../../services/random';
import { submitOpinion } from '../../../../services/solicitations';
import { Field, SubmitBar, SwitchRow } from '../../components';
import { askFeedbackNotice, feedbackNoticeAvailable } from '../../feedback-notice';
import { CONTACT_NAME_MAX, charCount, emptyOpinionForm, hasErrors, opinionFormFrom, opinionRequest, validateOpinion, type OpinionForm } from '../../forms';
import { usePendingSubmission } from '../../usePendingSubmission';

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
  const submission = usePendingSubmission<CreateOpinionRequest, MyOpinionView>({
    kind: 'opinion',
    targetId: solicitation.id,
    post: (body, key) => submitOpinion(solicitation.id, body, key),
    fields: ['contactName', 'content'],
    texts: {
      unconfirmed: '意见可能已经送达。请点“重新提交”确认结果，不会重复提交。',
      restored: '您上次提交的意见没有收到确认。',
      discard: '这条意见可能已经送达。放弃前，可以先到“我的 → 我的意见”查看是否已有这条意见。',
      closedCode: 'SOLICITATION_NOT_OPEN',
      closed: '这项征集已经截止，不再接收意见。感谢您的关注！',
      reusedCode: 'OPINION_IDEMPOTENCY_KEY_REUSED',
    },
    onClosed,
  });
  const { errors, notice, submitting, locked, pending } = submission;
  const [form, setForm] = useState<OpinionForm>(() =>
    submission.restored ? opinionFormFrom(submission.restored.body, questionCount) : emptyOpinionForm(questionCount),
  );
  const [wantsNotice, setWantsNotice] = useState(true);

  function update<K extends keyof OpinionForm>(key: K, value: OpinionForm[K]) {
    setForm((current) => ({ ...current, [key]: value }));
    submission.clearError(key);
  }

  function updateAnswer(index: number, text: string) {
    setForm((current) => ({ ...current, answers: current.answers.map((answer, i) => (i === index ? text : answer)) }));
    submission.clearError(`answer${index}`);
  }

  const sent = (notified: boolean) => (view: MyOpinionView) => {
    setForm(emptyOpinionForm(questionCount));
    onSent();
    return sentText(view, notified);
  };

  async function submit() {
    if (submitting) return;
    if (pending) return submission.send(pending, sent(false));
    const found = validateOpinion(form);
    submission.setErrors(found);
    if (hasErrors(found)) {
      submission.setNotice({ text: '请按提示修改后再提交' });
      return;
    }
    submission.setSubmitting(true);
    try {
      // Before any other await: WeChat opens its subscribe dialog only straight from a tap.
      const notified = feedbackNoticeAvailable && wantsNotice ? await askFeedbackNotice() : false;
      await submission.send({ idempotencyKey: randomUuid(), body: opinionRequest(form) }, sent(notified));
    } catch {
      submission.setNotice({ text: '提交失败，请稍后重试' });
    } finally {
      submission.setSubmitting(false);
    }
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
      <SwitchRow
        label="允许公开展示"
        hint="默认不公开。允许后，意见可在本页展示，姓名显示为“张*”，正文中的电话号码、身份证号会被遮盖。"
        checked={form.isPublic}
        disabled={locked}
        onChange={(value) => update('isPublic', value)}
      />
      {feedbackNoticeAvailable && (
        <SwitchRow
          label="反馈发布后通知我"
          hint="提交时微信会询问您是否接收通知，您同意后才会发送。"
          checked={wantsNotice}
          disabled={locked}
          onChange={setWantsNotice}
        />
      )}
      <SubmitBar
        label="提交意见"
        notice={notice}
        submitting={submitting}
        pending={pending !== undefined}
        onSubmit={() => void submit()}
        onDiscard={() => void submission.discard()}
      />
    </View>
  );
}
