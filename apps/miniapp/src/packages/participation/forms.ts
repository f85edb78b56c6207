import {
  INTERVIEW_QUESTION_MAX,
  OPINION_ANSWER_MAX,
  OPINION_CONTENT_MAX,
  type AskInterviewQuestionRequest,
  type CreateOpinionRequest,
  type FieldError,
} from '@weimin/contracts';
import type { ApiError } from '../../services/http';

/** The opinion and question forms: what citizens typed, checked as the BFF will check it, and the request sent. */

export const CONTACT_NAME_MAX = 20;
const OPINION_MIN = 2;
const QUESTION_MIN = 5;
const MOBILE = /^1[3-9]\d{9}$/;

/** Characters as people count them (an emoji is one), as the server's length checks do. */
export function charCount(text: string): number {
  return Array.from(text).length;
}

export interface OpinionForm {
  contactName: string;
  content: string;
  /** One per question of the solicitation, in its order; empty ones are not sent. */
  answers: string[];
  isPublic: boolean;
}

/** `answer<i>` carries the error of the answer to question i. */
export type FormErrors = Partial<Record<string, string>>;

export function emptyOpinionForm(questionCount: number): OpinionForm {
  // Private unless the citizen chooses to show it (issue 17 point 2).
  return { contactName: '', content: '', answers: Array.from({ length: questionCount }, () => ''), isPublic: false };
}

export function validateOpinion(form: OpinionForm): FormErrors {
  const errors: FormErrors = {};
  const content = form.content.trim();
  if (!content) errors.content = '请填写您的意见';
  else if (charCount(content) < OPINION_MIN) errors.content = `意见至少 ${OPINION_MIN} 个字`;
  else if (charCount(content) > OPINION_CONTENT_MAX) errors.content = `意见最多 ${OPINION_CONTENT_MAX} 个字`;
  form.answers.forEach((answer, index) => {
    if (charCount(answer.trim()) > OPINION_ANSWER_MAX) errors[`answer${index}`] = `每个问题的回答最多 ${OPINION_ANSWER_MAX} 个字`;
  });
  checkName(form.contactName, errors);
  return errors;
}

export function opinionRequest(form: OpinionForm): CreateOpinionRequest {
  const answers = form.answers.map((text, question) => ({ question, text: text.trim() })).filter((answer) => answer.text);
  return { contactName: form.contactName.trim(), content: form.content.trim(), ...(answers.length > 0 ? { answers } : {}), isPublic: form.isPublic };
}

/** The form as it was sent, for a submission restored after the mini-program was closed before an answer came. */
export function opinionFormFrom(body: CreateOpinionRequest, questionCount: number): OpinionForm {
  const answers = Array.from({ length: questionCount }, (_, index) => body.answers?.find((answer) => answer.question === index)?.text ?? '');
  return { contactName: body.contactName, content: body.content, answers, isPublic: body.isPublic };
}

export interface QuestionForm {
  content: string;
  contactName: string;
  /** Empty: the number bound through WeChat. */
  contactPhone: string;
  isPublic: boolean;
}

export function emptyQuestionForm(): QuestionForm {
  return { content: '', contactName: '', contactPhone: '', isPublic: false };
}

/** `phoneBound`: the citizen bound a number through WeChat, so the phone may stay empty. */
export function validateQuestion(form: QuestionForm, phoneBound: boolean): FormErrors {
  const errors: FormErrors = {};
  const content = form.content.trim();
  if (!content) errors.content = '请填写您的问题';
  else if (charCount(content) < QUESTION_MIN) errors.content = `问题至少 ${QUESTION_MIN} 个字，请把问题说清楚`;
  else if (charCount(content) > INTERVIEW_QUESTION_MAX) errors.content = `问题最多 ${INTERVIEW_QUESTION_MAX} 个字`;
  checkName(form.contactName, errors);
  const phone = form.contactPhone.trim();
  if (!phone && !phoneBound) errors.contactPhone = '请填写手机号码：访谈中未答复的问题会转为留言，由嘉宾单位与您联系';
  else if (phone && !MOBILE.test(phone)) errors.contactPhone = '请填写 11 位手机号码';
  return errors;
}

export function questionRequest(form: QuestionForm): AskInterviewQuestionRequest {
  const phone = form.contactPhone.trim();
  return { content: form.content.trim(), contactName: form.contactName.trim(), ...(phone ? { contactPhone: phone } : {}), isPublic: form.isPublic };
}

function checkName(name: string, errors: FormErrors): void {
  const trimmed = name.trim();
  if (!trimmed) errors.contactName = '请填写您的姓名';
  else if (charCount(trimmed) > CONTACT_NAME_MAX) errors.contactName = `姓名最多 ${CONTACT_NAME_MAX} 个字`;
}

export function hasErrors(errors: FormErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/**
 * A 400's details beside the fields they name (`answers` goes to the form's notice); the moderation refusal comes
 * this way too, as an error on `content`.
 */
export function serverFieldErrors(error: ApiError, fields: readonly string[]): { fields: FormErrors; other: string[] } {
  const found: FormErrors = {};
  const other: string[] = [];
  if (error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) return { fields: found, other };
  for (const detail of error.details.filter(isFieldError)) {
    const text = detail.messages.join('；');
    if (fields.includes(detail.field)) found[detail.field] = text;
    else other.push(text);
  }
  return { fields: found, other };
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && typeof (value as FieldError).field === 'string' && Array.isArray((value as FieldError).messages);
}

/** No answer, or the server failed after receiving it: it may be stored, so the retry reuses the key. Any other answer means it is not. */
export function outcomeUnknown(error: ApiError): boolean {
  return error.status === 0 || error.status >= 500;
}
