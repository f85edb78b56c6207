import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError } from '../../services/http';
import { type FormErrors, outcomeUnknown, serverFieldErrors } from './forms';
import { type PendingKind, type PendingSubmission, clearPending, loadPending, savePending } from './pending';

const NETWORK_RETRY_DELAY_MS = 1500;

/** What the citizen is told, in the words of the one form (意见, 提问). */
export interface SubmissionTexts {
  /** How to settle a submission whose outcome is unknown: retry with the same key. */
  unconfirmed: string;
  /** Shown when the page opens on a submission left unconfirmed last time. */
  restored: string;
  /** The confirm dialog's text before a pending submission is dropped. */
  discard: string;
  /** The error code of "no longer taking these", and what to say then. */
  closedCode: string;
  closed: string;
  /** The error code of the same key sent with another body. */
  reusedCode: string;
}

export interface Notice {
  text: string;
  ok?: boolean;
}

interface Options<Body, View> {
  kind: PendingKind;
  targetId: number;
  post: (body: Body, idempotencyKey: string) => Promise<View>;
  /** The form's fields a 400's details may name; the others are shown in the notice. */
  fields: readonly string[];
  texts: SubmissionTexts;
  onClosed: () => void;
}

/**
 * The sending half of the 互动 forms (发表意见, 我要提问): a submission keeps its Idempotency-Key, in storage, until the
 * BFF answers, so that a retry after a lost answer (or after the page was closed) never stores it twice; one quiet retry
 * on a network failure, then the citizen decides (重新提交 or 放弃). The form's own fields stay with the form.
 */
export function usePendingSubmission<Body, View>({ kind, targetId, post, fields, texts, onClosed }: Options<Body, View>) {
  const [restored] = useState(() => loadPending<Body>(kind, targetId));
  const [pending, setPending] = useState<PendingSubmission<Body> | undefined>(restored);
  const [errors, setErrors] = useState<FormErrors>({});
  const [notice, setNotice] = useState<Notice | undefined>(restored ? { text: `${texts.restored}${texts.unconfirmed}` } : undefined);
  const [submitting, setSubmitting] = useState(false);

  async function sendOnce(submission: PendingSubmission<Body>): Promise<View> {
    try {
      return await post(submission.body, submission.idempotencyKey);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 0)) throw error;
      await new Promise((resolve) => setTimeout(resolve, NETWORK_RETRY_DELAY_MS));
      return post(submission.body, submission.idempotencyKey);
    }
  }

  function forget() {
    clearPending(kind, targetId);
    setPending(undefined);
  }

  /** Sends `submission`; once stored, `answered` says what to tell the citizen (and resets the form as it needs). */
  async function send(submission: PendingSubmission<Body>, answered: (view: View) => string): Promise<void> {
    setSubmitting(true);
    setNotice(undefined);
    try {
      const view = await sendOnce(submission);
      forget();
      setNotice({ text: answered(view), ok: true });
      void Taro.showToast({ title: '提交成功', icon: 'success' });
    } catch (reason) {
      const error = reason instanceof ApiError ? reason : new ApiError(0, 'INTERNAL', '提交失败，请稍后重试');
      if (outcomeUnknown(error)) {
        savePending(kind, targetId, submission);
        setPending(submission);
        setNotice({ text: `${error.message}。${texts.unconfirmed}` });
        return;
      }
      // The server answered and stored nothing: the form is the citizen's again, and the next submission gets a new key.
      forget();
      const found = serverFieldErrors(error, fields);
      setErrors(found.fields);
      if (error.code === texts.closedCode) {
        setNotice({ text: texts.closed });
        onClosed();
      } else if (error.code === texts.reusedCode) setNotice({ text: '这次提交与上次未确认的提交内容不一致，请检查后重新提交。' });
      else if (error.status === 400 && found.fields.content) setNotice({ text: `${error.message}。您填写的内容都还在，修改后可以再次提交。` });
      else setNotice({ text: [error.message, ...found.other].join('；') });
    } finally {
      setSubmitting(false);
    }
  }

  async function discard() {
    const { confirm } = await Taro.showModal({ title: '放弃这次提交？', content: texts.discard, confirmText: '放弃', cancelText: '再等等' });
    if (!confirm) return;
    forget();
    setNotice(undefined);
  }

  /** A field's error goes as the citizen edits it. */
  function clearError(key: string) {
    setErrors((current) => ({ ...current, [key]: undefined }));
  }

  return {
    /** The submission left unconfirmed last time, as the page opened: the form starts from its body. */
    restored,
    pending,
    errors,
    setErrors,
    clearError,
    notice,
    setNotice,
    submitting,
    setSubmitting,
    /** While a submission is pending or being sent, the form cannot change (the retry must send the same body). */
    locked: pending !== undefined || submitting,
    send,
    discard,
  };
}
