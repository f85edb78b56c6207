import { Input, Text, Textarea, View } from '@tarojs/components';
import { INTERVIEW_QUESTION_MAX, type AskInterviewQuestionRequest, type InterviewView, type MyInterviewQuestionView } from '@weimin/contracts';
import { useState } from 'react';
import { useRemote } from '../../../../hooks/useRemote';
import { getMe } from '../../../../services/auth';
import { askQuestion } from '../../../../services/interviews';
import { randomUuid } from '../../../../services/random';
import { sessionToken } from '../../../../stores/session';
import { Field, SubmitBar, SwitchRow } from '../../components';
import { CONTACT_NAME_MAX, charCount, emptyQuestionForm, hasErrors, questionRequest, validateQuestion, type QuestionForm } from '../../forms';
import { usePendingSubmission } from '../../usePendingSubmission';

function sentText(view: MyInterviewQuestionView): string {
  if (view.visibility === 'held') return '问题已收到，审核后转交主持人。访谈中未答复的问题，会转为留言由嘉宾单位答复。';
  return '问题已提交，主持人会从中选取提问。访谈中未答复的问题，会转为留言由嘉宾单位答复，可在“我的 → 我的提问”查看。';
}

/**
 * 我要提问 while the interview collects questions or is live. Sent with an Idempotency-Key kept until the BFF
 * answers; the contact details reach the guest agency only if the question becomes a message.
 */
export function QuestionFormCard({ interview, onSent, onClosed }: { interview: InterviewView; onSent: () => void; onClosed: () => void }) {
  const submission = usePendingSubmission<AskInterviewQuestionRequest, MyInterviewQuestionView>({
    kind: 'question',
    targetId: interview.id,
    post: (body, key) => askQuestion(interview.id, body, key),
    fields: ['content', 'contactName', 'contactPhone'],
    texts: {
      unconfirmed: '提问可能已经送达。请点“重新提交”确认结果，不会重复提交。',
      restored: '您上次的提问没有收到确认。',
      discard: '这个问题可能已经送达。放弃前，可以先到“我的 → 我的提问”查看。',
      closedCode: 'INTERVIEW_NOT_COLLECTING',
      closed: '访谈现在不接受提问了。有问题可以到“留言”栏目给相关单位留言。',
      reusedCode: 'INTERVIEW_IDEMPOTENCY_KEY_REUSED',
    },
    onClosed,
  });
  const { errors, notice, submitting, locked, pending } = submission;
  const [form, setForm] = useState<QuestionForm>(() => {
    const body = submission.restored?.body;
    return body ? { ...emptyQuestionForm(), ...body, contactPhone: body.contactPhone ?? '' } : emptyQuestionForm();
  });
  // Whether a phone is bound decides if the field may stay empty: asked once the citizen starts writing (signing them
  // in), so that reading the interview signs nobody in.
  const [engaged, setEngaged] = useState(() => sessionToken() !== undefined);
  const me = useRemote(() => (engaged ? getMe() : Promise.resolve(undefined)), [engaged]);
  const boundPhone = me.data?.phoneMasked ?? null;

  function update<K extends keyof QuestionForm>(key: K, value: QuestionForm[K]) {
    setEngaged(true);
    setForm((current) => ({ ...current, [key]: value }));
    submission.clearError(key);
  }

  // The name and phone stay for the next question.
  const sent = (view: MyInterviewQuestionView) => {
    setForm((current) => ({ ...emptyQuestionForm(), contactName: current.contactName, contactPhone: current.contactPhone }));
    onSent();
    return sentText(view);
  };

  async function submit() {
    if (submitting) return;
    if (pending) return submission.send(pending, sent);
    const found = validateQuestion(form, boundPhone !== null);
    submission.setErrors(found);
    if (hasErrors(found)) {
      submission.setNotice({ text: '请按提示修改后再提交' });
      return;
    }
    await submission.send({ idempotencyKey: randomUuid(), body: questionRequest(form) }, sent);
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
      <SwitchRow
        label="同意公开"
        hint="问题转为留言并答复后，可在留言板展示。您的姓名、电话不会公开。"
        checked={form.isPublic}
        disabled={locked}
        onChange={(value) => update('isPublic', value)}
      />
      <SubmitBar
        label="提交问题"
        notice={notice}
        submitting={submitting}
        pending={pending !== undefined}
        onSubmit={() => void submit()}
        onDiscard={() => void submission.discard()}
      />
    </View>
  );
}
