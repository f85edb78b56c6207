import { Injectable } from '@nestjs/common';
import { DisclosureStatus, NotificationKind, NotificationSubjectType } from '@weimin/contracts';
import { chinaDay } from '../calendar/working-days';
import type { StaffNotice } from '../outbox/outbox.service';
import { DisclosureApplication } from './disclosure-application.entity';
import { DisclosureDesk } from './disclosure-desk.service';
import { DisclosureStore } from './disclosure.store';

/** Working days before the due day when the agency and the office are reminded (issue 12 point 7). */
export const DISCLOSURE_REMINDER_WORKDAYS = 3;

/** States in which the 20-day clock runs and someone owes a reply. */
const RUNNING: DisclosureStatus[] = ['routing', 'handling', 'reply_review', 'office_review'];

/**
 * Reminders 3 working days before the due day and overdue alerts, each exactly once per due day, to the handling
 * agency and the office through the outbox. Each is claimed with a conditional UPDATE in the same transaction as the
 * outbox rows, so several instances never queue it twice (docs/security.md §19, §24). A new due day (an extension, a
 * restart) may remind again.
 */
@Injectable()
export class DisclosureScheduler {
  constructor(
    private readonly store: DisclosureStore,
    private readonly desk: DisclosureDesk,
  ) {}

  async runOnce(now = new Date()): Promise<{ reminded: number; overdue: number }> {
    const today = chinaDay(now);
    const candidates = await this.store.repositories.applications.withRunningClock(RUNNING);
    const officeId = (await this.store.repositories.agencies.findOffice())?.id ?? null;
    let reminded = 0;
    let overdue = 0;
    for (const application of candidates) {
      const due = application.dueOn!;
      if (due < today) {
        if (application.overdueQueuedFor !== due && (await this.queue(application, 'overdue', officeId))) overdue += 1;
      } else if (this.desk.calendar.workdaysBetween(today, due) <= DISCLOSURE_REMINDER_WORKDAYS) {
        if (application.reminderQueuedFor !== due && (await this.queue(application, 'reminder', officeId))) reminded += 1;
      }
    }
    return { reminded, overdue };
  }

  private queue(application: DisclosureApplication, kind: 'reminder' | 'overdue', officeId: number | null): Promise<boolean> {
    const due = application.dueOn!;
    const column = kind === 'reminder' ? 'reminderQueuedFor' : 'overdueQueuedFor';
    return this.store.transaction(async ({ applications, outbox }) => {
      if (!(await applications.claimNotice(application.id, column, due))) return false;
      const text =
        kind === 'reminder'
          ? `政府信息公开申请 ${application.caseNo} 将于${due}到期，请及时答复`
          : `政府信息公开申请 ${application.caseNo} 已逾期（应于${due}前答复）`;
      const recipients = [application.agencyId, officeId].filter((id, i, all): id is number => id !== null && all.indexOf(id) === i);
      for (const recipient of recipients) {
        await outbox.enqueue('staff_notice', `disclosure-${kind}:${application.id}:${due}:${recipient}`, recipient, {
          kind: kind === 'reminder' ? NotificationKind.DisclosureReminder : NotificationKind.DisclosureOverdue,
          subject: { type: NotificationSubjectType.Disclosure, id: application.id },
          text: recipient === officeId && kind === 'overdue' ? `${text}，请督办` : text,
        } satisfies StaffNotice);
      }
      return true;
    });
  }
}
