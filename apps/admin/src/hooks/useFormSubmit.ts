import type { FieldError } from '@weimin/contracts';
import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../api/client';

export interface FormSubmit {
  submitting: boolean;
  /** Runs `action`; resolves true when it succeeded. */
  submit: (action: () => Promise<unknown>) => Promise<boolean>;
}

/**
 * Submits a form to the BFF. A 400 or 409 whose `details` name fields of this form puts each message on its field
 * (form field names are the request's field names); any other failure, or details no field of this form shows, is
 * toasted. A 401 is left to the
 * session store, which takes the user to the login page.
 */
export function useFormSubmit(form: FormInstance): FormSubmit {
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);

  const submit = useCallback(
    async (action: () => Promise<unknown>) => {
      setSubmitting(true);
      try {
        await action();
        return true;
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (error.status !== 401 && !showFieldErrors(form, error)) void message.error(error.message);
        return false;
      } finally {
        setSubmitting(false);
      }
    },
    [form, message],
  );

  return { submitting, submit };
}

/** True when every detail landed on a field of the form, so the toast would only repeat them. */
function showFieldErrors(form: FormInstance, error: ApiError): boolean {
  const registered = new Set(form.getFieldsError().map(({ name }) => name.join('.')));
  const details = fieldErrorsOf(error.details);
  const onForm = details.filter(({ field }) => registered.has(field));
  form.setFields(onForm.map(({ field, messages }) => ({ name: field.split('.'), errors: messages })));
  return onForm.length > 0 && onForm.length === details.length;
}

function fieldErrorsOf(details: unknown): FieldError[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (detail): detail is FieldError => typeof detail === 'object' && detail !== null && typeof detail.field === 'string' && Array.isArray(detail.messages),
  );
}
