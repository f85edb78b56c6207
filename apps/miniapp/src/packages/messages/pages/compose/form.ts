import { MESSAGE_CONTENT_MAX, MESSAGE_TITLE_MAX, type CreateMessageRequest, type FieldError, type MessageChannel, type MessageType } from '@weimin/contracts';
import type { ApiError } from '../../../../services/http';

// The BFF's CreateMessageDto checks the same limits; checking here first saves a round trip.
export const TITLE_MIN = 4;
export const CONTENT_MIN = 10;
export const CONTACT_NAME_MAX = 32;

/** What the compose form edits; `toRequest` turns it into the API's body. */
export interface ComposeForm {
  type: MessageType;
  channel: MessageChannel;
  targetAgencyId?: number;
  /** 就此政策咨询: the interpretation asked about; the BFF sends the message to its drafting agency. */
  interpretationId?: number;
  title: string;
  content: string;
  contactName: string;
  contactPhone: string;
  /** Contact by the number bound through WeChat instead of a typed one. */
  useBoundPhone: boolean;
  isPublic: boolean;
  /** The citizen would like a WeChat notification of the reply (WeChat asks them on submit). */
  wantsNotification: boolean;
}

const FORM_FIELDS = ['type', 'channel', 'targetAgencyId', 'interpretationId', 'title', 'content', 'contactName', 'contactPhone', 'isPublic'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FieldErrors = Partial<Record<FormField, string>>;

const MOBILE = /^1[3-9]\d{9}$/;

/** Characters as people count them (an emoji is one), as the server's length checks do. */
export function charCount(text: string): number {
  return Array.from(text).length;
}

export function validateForm(form: ComposeForm): FieldErrors {
  const errors: FieldErrors = {};
  const title = form.title.trim();
  if (!title) errors.title = '请填写留言标题';
  else if (charCount(title) < TITLE_MIN) errors.title = `标题至少 ${TITLE_MIN} 个字`;
  else if (charCount(title) > MESSAGE_TITLE_MAX) errors.title = `标题最多 ${MESSAGE_TITLE_MAX} 个字`;

  const content = form.content.trim();
  if (!content) errors.content = '请填写留言内容';
  else if (charCount(content) < CONTENT_MIN) errors.content = `内容至少 ${CONTENT_MIN} 个字，请把情况写清楚`;
  else if (charCount(content) > MESSAGE_CONTENT_MAX) errors.content = `内容最多 ${MESSAGE_CONTENT_MAX} 个字`;

  const name = form.contactName.trim();
  if (!name) errors.contactName = '请填写联系人姓名';
  else if (charCount(name) > CONTACT_NAME_MAX) errors.contactName = `姓名最多 ${CONTACT_NAME_MAX} 个字`;

  if (!form.useBoundPhone) {
    const phone = form.contactPhone.trim();
    if (!phone) errors.contactPhone = '请填写手机号码，方便承办单位与您联系';
    else if (!MOBILE.test(phone)) errors.contactPhone = '请填写 11 位手机号码';
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/** An empty contactPhone asks the BFF to use the number the citizen bound through WeChat. `imageIds`: uploaded photos. */
export function toRequest(form: ComposeForm, notifyOnReply: boolean, imageIds: number[] = []): CreateMessageRequest {
  return {
    type: form.type,
    channel: form.channel,
    ...(form.targetAgencyId ? { targetAgencyId: form.targetAgencyId } : {}),
    ...(form.interpretationId ? { interpretationId: form.interpretationId } : {}),
    title: form.title.trim(),
    content: form.content.trim(),
    contactName: form.contactName.trim(),
    contactPhone: form.useBoundPhone ? '' : form.contactPhone.trim(),
    isPublic: form.isPublic,
    notifyOnReply,
    ...(imageIds.length > 0 ? { imageIds } : {}),
  };
}

/** 就此政策咨询: the title the form starts with, the interpretation's own, cut to the longest title a message may have. */
export function questionTitle(interpretationTitle: string): string {
  const title = `咨询：${interpretationTitle}`;
  return charCount(title) > MESSAGE_TITLE_MAX
    ? `${Array.from(title)
        .slice(0, MESSAGE_TITLE_MAX - 1)
        .join('')}…`
    : title;
}

/** The form a pending submission was made from, to show it again while it waits for its retry. */
export function formFromRequest(body: CreateMessageRequest): ComposeForm {
  return {
    type: body.type,
    channel: body.channel,
    targetAgencyId: body.targetAgencyId,
    interpretationId: body.interpretationId,
    title: body.title,
    content: body.content,
    contactName: body.contactName,
    contactPhone: body.contactPhone,
    useBoundPhone: body.contactPhone === '',
    isPublic: body.isPublic,
    wantsNotification: body.notifyOnReply === true,
  };
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && typeof (value as FieldError).field === 'string' && Array.isArray((value as FieldError).messages);
}

/** VALIDATION_FAILED details mapped onto the form's fields; what belongs to no field is returned as `other`. */
export function serverFieldErrors(error: ApiError): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  if (error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) return { fields, other };
  for (const detail of error.details.filter(isFieldError)) {
    const text = detail.messages.join('；');
    if ((FORM_FIELDS as readonly string[]).includes(detail.field)) fields[detail.field as FormField] = text;
    else other.push(text);
  }
  return { fields, other };
}
