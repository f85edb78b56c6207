import { Injectable } from '@nestjs/common';
import { AuditAction, NotificationKind, NotificationSubjectType } from '@weimin/contracts';
import { CalendarService } from '../calendar/calendar.service';
import { chinaDay } from '../calendar/working-days';
import type { StaffNotice } from '../outbox/outbox.service';
import { feedbackDueOn, isFeedbackOverdue } from './solicitation-deadlines';
import { SolicitationStore } from './solicitation.store';
import { recordClose } from './solicitations-admin.service';

/**
 * Stores the close of solicitations whose period ran out, and reminds an agency once when its 采纳情况反馈 is overdue
 * (SOLICITATION_FEEDBACK_WORKDAYS working days after closing). Each is claimed by a conditional UPDATE in the same
 * transaction as its outbox row, so several instances never close or remind twice (docs/security.md §19).
 */
@Injectable()
export class SolicitationScheduler {
  constructor(
    private readonly store: SolicitationStore,
    private readonly calendar: CalendarService,
  ) {}

  async runOnce(now = new Date()): Promise<{ closed: number; reminded: number }> {
    const { solicitations } = this.store.repositories;
    let closed = 0;
    for (const item of await solicitations.dueToClose(now)) {
      if (await this.store.transaction((tx) => recordClose(tx, item, now))) closed += 1;
    }
    const calendar = await this.calendar.fresh();
    const today = chinaDay(now);
    let reminded = 0;
    for (const item of await solicitations.awaitingFeedback(now, undefined, true)) {
      const dueOn = feedbackDueOn(calendar, item.closesAt!);
      if (!isFeedbackOverdue(today, dueOn)) continue;
      const queued = await this.store.transaction(async ({ solicitations: tx, outbox, audit }) => {
        if (!(await tx.claimOverdueReminder(item.id, now))) return false;
        await outbox.enqueue(
          'staff_notice',
          `solicitation-feedback-overdue:${item.id}`,
          item.agencyId,
          {
            kind: NotificationKind.SolicitationFeedbackOverdue,
            subject: { type: NotificationSubjectType.Solicitation, id: item.id },
            text: `意见征集「${item.title}」已于${chinaDay(item.closesAt!)}截止，采纳情况反馈应于${dueOn}前发布，请尽快办理`,
          } satisfies StaffNotice,
          now,
        );
        await audit.recordSystem({ action: AuditAction.SolicitationOverdueReminded, objectType: 'solicitation', objectId: item.id, agencyId: item.agencyId });
        return true;
      });
      if (queued) reminded += 1;
    }
    return { closed, reminded };
  }
}
