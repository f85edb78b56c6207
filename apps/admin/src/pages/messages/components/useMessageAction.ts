import type { StaffMessageView } from '@weimin/contracts';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../../../api/client';
import { useFormSubmit } from '../../../hooks/useFormSubmit';

/** What a dialog that acts on a message is told by the page that opened it. */
export interface ActionDialogProps<M> {
  message: M;
  onClose: () => void;
  /** The action succeeded: `notice` says what happened, `view` is the message as the BFF now shows it. */
  onDone: (notice: string, view: StaffMessageView) => void;
  /** The message is not as the page showed it any more (409, or 404 once it left the agency): reload, do not retry. */
  onStale: () => void;
}

/**
 * Submits a dialog's action on a message. Field errors go on the form's fields and anything else is toasted
 * (useFormSubmit); a 409 (the message changed state meanwhile) or 404 (it is no longer visible) also closes the
 * dialog and has the page reload, since the action offered no longer fits what is there.
 */
export function useMessageAction<M>(form: FormInstance, { onDone, onStale }: Pick<ActionDialogProps<M>, 'onDone' | 'onStale'>) {
  const { submitting, submit } = useFormSubmit(form);

  const run = useCallback(
    async (action: () => Promise<StaffMessageView>, notice: string | ((view: StaffMessageView) => string)) => {
      let view: StaffMessageView | undefined;
      let stale = false;
      await submit(async () => {
        try {
          view = await action();
        } catch (error) {
          stale = error instanceof ApiError && (error.status === 409 || error.status === 404);
          throw error;
        }
      });
      if (view) onDone(typeof notice === 'string' ? notice : notice(view), view);
      else if (stale) onStale();
    },
    [submit, onDone, onStale],
  );

  return { submitting, run };
}
