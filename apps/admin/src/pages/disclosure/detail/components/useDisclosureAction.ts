import type { DisclosureAction, StaffDisclosureView } from '@weimin/contracts';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../../../../api/client';
import { actOnDisclosure, type DisclosureActionBodies } from '../../../../api/disclosure';
import { useFormSubmit } from '../../../../hooks/useFormSubmit';

/** What a dialog acting on an application is told by the page that opened it. */
export interface DisclosureDialogProps {
  application: StaffDisclosureView;
  onClose: () => void;
  /** The action succeeded: `notice` says what happened, `view` is the application as the BFF now shows it. */
  onDone: (notice: string, view: StaffDisclosureView) => void;
  /** The application is not as the page showed it any more (409, 404): reload, do not retry. */
  onStale: () => void;
}

/**
 * Posts one action from a dialog's form: field errors land on the fields, anything else is toasted (useFormSubmit); a
 * 409 (someone acted meanwhile, or a rule such as the one 补正 notice; its message is toasted) or 404 also closes the dialog and reloads the page, as in the message pages.
 */
export function useDisclosureAction(form: FormInstance, { application, onDone, onStale }: Omit<DisclosureDialogProps, 'onClose'>) {
  const { submitting, submit } = useFormSubmit(form);

  const run = useCallback(
    async <A extends DisclosureAction>(action: A, body: DisclosureActionBodies[A], notice: string) => {
      let view: StaffDisclosureView | undefined;
      let stale = false;
      await submit(async () => {
        try {
          view = await actOnDisclosure(application.id, action, body);
        } catch (error) {
          stale = error instanceof ApiError && (error.status === 409 || error.status === 404);
          throw error;
        }
      });
      if (view) onDone(notice, view);
      else if (stale) onStale();
    },
    [application.id, submit, onDone, onStale],
  );

  return { submitting, run };
}
