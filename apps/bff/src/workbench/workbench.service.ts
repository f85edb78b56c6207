import { Injectable } from '@nestjs/common';
import { DisclosureStatus, MessageStatus, STAFF_ROLE_GROUPS, WorkbenchItemKey, type WorkbenchItem, type WorkbenchView } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { chinaDay } from '../calendar/working-days';
import { DisclosureAdminService } from '../disclosure/disclosure-admin.service';
import { reviewQueueStatuses } from '../interpretations/interpretation-transitions';
import { InterpretationsAdminService } from '../interpretations/interpretations-admin.service';
import { MessagesAdminService } from '../messages/messages-admin.service';
import { solicitationQueueStatuses } from '../solicitations/solicitation-transitions';
import { SolicitationsAdminService } from '../solicitations/solicitations-admin.service';

const DAY_MS = 86_400_000;

/**
 * 工作台 (docs/accessibility.md): each count is the total of the list the console links it to, asked of that list's own
 * service with the caller, so it is scoped to the caller's agency exactly as the list is (an agency's staff never count
 * another agency's items) and cannot drift from the rows the link shows.
 */
@Injectable()
export class WorkbenchService {
  constructor(
    private readonly messages: MessagesAdminService,
    private readonly interpretations: InterpretationsAdminService,
    private readonly disclosure: DisclosureAdminService,
    private readonly solicitations: SolicitationsAdminService,
  ) {}

  async forCaller(caller: StaffCaller, now = new Date()): Promise<WorkbenchView> {
    const office = caller.roles.some((role) => STAFF_ROLE_GROUPS.office.includes(role));
    const agency = caller.roles.some((role) => STAFF_ROLE_GROUPS.agency.includes(role));
    const messages = (query: Parameters<MessagesAdminService['list']>[1]) => this.messages.list(caller, { ...query, pageSize: 1 }).then((page) => page.total);
    const disclosures = (query: Parameters<DisclosureAdminService['list']>[1]) =>
      this.disclosure.list(caller, { ...query, pageSize: 1 }).then((page) => page.total);
    // 逾期 on the disclosure lists: due before today (China), as the console's 已逾期 filter asks.
    const yesterday = chinaDay(new Date(now.getTime() - DAY_MS));

    const counters: Array<[WorkbenchItemKey, () => Promise<number>]> = [];
    if (office) {
      counters.push(
        [WorkbenchItemKey.MessagesToDispatch, () => messages({ status: MessageStatus.Submitted })],
        [WorkbenchItemKey.MessagesHeld, () => messages({ status: MessageStatus.Held })],
      );
    }
    if (agency) counters.push([WorkbenchItemKey.MessagesToAnswer, () => messages({ status: MessageStatus.Assigned })]);
    if (office || agency) {
      counters.push(
        [WorkbenchItemKey.MessagesDueSoon, () => messages({ dueSoon: true })],
        [WorkbenchItemKey.MessagesOverdue, () => messages({ overdue: true })],
      );
    }
    if (reviewQueueStatuses(caller.roles).length > 0) {
      counters.push([WorkbenchItemKey.InterpretationsToReview, () => this.interpretations.queue(caller).then((queue) => queue.length)]);
    }
    if (office) counters.push([WorkbenchItemKey.DisclosuresToRoute, () => disclosures({ status: DisclosureStatus.Routing })]);
    if (agency) counters.push([WorkbenchItemKey.DisclosuresHandling, () => disclosures({ status: DisclosureStatus.Handling })]);
    if (office || agency) counters.push([WorkbenchItemKey.DisclosuresOverdue, () => disclosures({ dueBy: yesterday })]);
    if (solicitationQueueStatuses(caller.roles).length > 0) {
      counters.push([WorkbenchItemKey.SolicitationsToReview, () => this.solicitations.queue(caller).then((queue) => queue.length)]);
    }
    if (office || agency) {
      counters.push([WorkbenchItemKey.SolicitationsFeedbackOverdue, () => this.solicitations.overdue(caller).then((late) => late.length)]);
    }
    if (office) counters.push([WorkbenchItemKey.OpinionsHeld, () => this.solicitations.heldOpinions(caller).then((held) => held.length)]);

    const items: WorkbenchItem[] = [];
    for (const [key, count] of counters) items.push({ key, count: await count() });
    return { items };
  }
}
