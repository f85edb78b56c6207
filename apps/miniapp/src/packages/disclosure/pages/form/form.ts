import type { ApplicantKind, CreateDisclosureRequest, DeliveryMethod, DisclosureForm, FieldError, OrganisationKind } from '@weimin/contracts';

/** What the application form edits; `toRequest` turns it into the API's body. */
export interface ApplicationForm {
  applicantKind: ApplicantKind;
  organisationKind?: OrganisationKind;
  applicantName: string;
  certificateNumber: string;
  contactPhone: string;
  postalAddress: string;
  email: string;
  infoTitle: string;
  infoDocumentNumber: string;
  infoDescription: string;
  /** Undefined: 不确定, the office routes it. */
  agencyId?: number;
  form: DisclosureForm;
  deliveryMethod: DeliveryMethod;
}

export const FORM_FIELDS = [
  'applicantKind',
  'organisationKind',
  'applicantName',
  'certificateType',
  'certificateNumber',
  'contactPhone',
  'postalAddress',
  'email',
  'infoTitle',
  'infoDocumentNumber',
  'infoDescription',
  'agencyId',
  'form',
  'deliveryMethod',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FieldErrors = Partial<Record<FormField, string>>;

export function emptyApplication(): ApplicationForm {
  return {
    applicantKind: 'person',
    applicantName: '',
    certificateNumber: '',
    contactPhone: '',
    postalAddress: '',
    email: '',
    infoTitle: '',
    infoDocumentNumber: '',
    infoDescription: '',
    form: 'electronic',
    deliveryMethod: 'online',
  };
}

/**
 * Only what the citizen left empty is caught here; every other rule (formats, lengths, the certificate number) is the
 * BFF's, whose 400 names the field and is shown beside it (serverFieldErrors).
 */
export function missingFields(form: ApplicationForm): FieldErrors {
  const errors: FieldErrors = {};
  const person = form.applicantKind === 'person';
  if (!person && !form.organisationKind) errors.organisationKind = '请选择组织类型';
  if (!form.applicantName.trim()) errors.applicantName = person ? '请填写姓名' : '请填写组织名称';
  if (!form.certificateNumber.trim()) errors.certificateNumber = person ? '请填写居民身份证号码' : '请填写统一社会信用代码';
  if (!form.contactPhone.trim()) errors.contactPhone = '请填写联系电话';
  if (!form.postalAddress.trim()) errors.postalAddress = '请填写通信地址';
  if (form.deliveryMethod === 'email' && !form.email.trim()) errors.email = '选择电子邮件方式时请填写电子邮箱';
  if (!form.infoTitle.trim()) errors.infoTitle = '请填写所需信息的名称';
  if (!form.infoDescription.trim()) errors.infoDescription = '请描述所需信息';
  return errors;
}

export const hasErrors = (errors: FieldErrors) => Object.values(errors).some(Boolean);

export function toRequest(form: ApplicationForm): CreateDisclosureRequest {
  const person = form.applicantKind === 'person';
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    applicantKind: form.applicantKind,
    ...(person ? {} : { organisationKind: form.organisationKind }),
    applicantName: form.applicantName.trim(),
    certificateType: person ? 'id_card' : 'credit_code',
    certificateNumber: form.certificateNumber.trim().toUpperCase(),
    contactPhone: form.contactPhone.trim(),
    postalAddress: form.postalAddress.trim(),
    ...(optional(form.email) ? { email: optional(form.email) } : {}),
    infoTitle: form.infoTitle.trim(),
    ...(optional(form.infoDocumentNumber) ? { infoDocumentNumber: optional(form.infoDocumentNumber) } : {}),
    infoDescription: form.infoDescription.trim(),
    ...(form.agencyId ? { agencyId: form.agencyId } : {}),
    form: form.form,
    deliveryMethod: form.deliveryMethod,
  };
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && typeof (value as FieldError).field === 'string' && Array.isArray((value as FieldError).messages);
}

/** A 400's details mapped onto the form's fields (`fields`); what belongs to none (Idempotency-Key) is `other`. */
export function serverFieldErrors<F extends string>(
  error: { code: string; details?: unknown },
  known: readonly F[],
): { fields: Partial<Record<F, string>>; other: string[] } {
  const fields: Partial<Record<F, string>> = {};
  const other: string[] = [];
  if (error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) return { fields, other };
  for (const detail of error.details.filter(isFieldError)) {
    const text = detail.messages.join('；');
    if ((known as readonly string[]).includes(detail.field)) fields[detail.field as F] = text;
    else other.push(text);
  }
  return { fields, other };
}
