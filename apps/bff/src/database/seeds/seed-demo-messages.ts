import { randomBytes } from 'node:crypto';
import type { MessageStatus } from '@weimin/contracts';
import { type EntityManager, In, Like } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { chinaDay, endOfChinaDay, WorkingCalendar } from '../../calendar/working-days';
import { Citizen } from '../../citizens/citizen.entity';
import type { ContactCipher } from '../../common/privacy/contact-cipher';
import { Segmenter } from '../../common/text/segmenter';
import type { TermCutter } from '../../interpretations/interpretation-search';
import { MessageDeadlines, type DeadlineRules } from '../../messages/message-deadlines';
import { MessageEvent } from '../../messages/message-event.entity';
import { indexMessage } from '../../messages/message-index';
import { MessageReply } from '../../messages/message-reply.entity';
import { Message } from '../../messages/message.entity';
import { PasswordHasher } from '../../staff/password-hasher';
import { StaffAccount } from '../../staff/staff-account.entity';
import { DEMO_MESSAGES, type DemoMessageSeed } from './demo-messages';
import { DEMO_ROUTING_RULES } from './demo-routing-rules';

export interface DemoMessageOptions {
  /** Encrypts the demo contacts as the BFF does (CONTACT_ENCRYPTION_KEY). */
  cipher: ContactCipher;
  /** The configured deadlines: demo due dates, late replies and overdue messages follow them. */
  rules: DeadlineRules;
  /** The seeding moment: demo dates count back from it. */
  now?: Date;
}

interface DemoMessageContext {
  cipher: ContactCipher;
  /** Cuts the board search terms (messages/message-index.ts). */
  cutter: TermCutter;
  calendar: WorkingCalendar;
  deadlines: MessageDeadlines;
  autoCloseWorkdays: number;
  now: Date;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Demo case numbers stand apart from real ones (LX + date + id). */
const CASE_PREFIX = 'LXDEMO';
/** Accounts that sign the demo replies of agencies without a demo staff member; nobody knows their password. */
const REPLIER_PREFIX = 'demo.reply.';

/**
 * Why the BFF routed a message on its own, as its history says it (MessagesService: the citizen's choice, or the rule
 * that matched, `派单规则：<keyword>` from routing/message-router.ts).
 */
function autoRouteReason(seed: DemoMessageSeed): string {
  if (seed.routedBy === 'target') return '留言人指定';
  const rule = DEMO_ROUTING_RULES.find((r) => r.agencyCode === seed.agencyCode && `${seed.title}${seed.content}`.includes(r.keyword));
  return rule ? `派单规则：${rule.keyword}` : '派单规则';
}

/** An instant on the China calendar day `day`, at `hour` o'clock. */
function atChinaHour(day: string, hour: number): Date {
  return new Date(endOfChinaDay(day).getTime() + 1 - (24 - hour) * HOUR_MS);
}

/**
 * Loads DEMO_MESSAGES with their whole history, as if citizens, the office and the agencies had worked them over
 * the last months: events, replies, deadlines and ratings consistent with the working-day calendar. Idempotent:
 * messages are found again by their demo case number.
 */
export async function seedDemoMessages(manager: EntityManager, { cipher, rules, now = new Date() }: DemoMessageOptions): Promise<number> {
  const calendar = WorkingCalendar.fromConfig();
  const context: DemoMessageContext = {
    cipher,
    cutter: new Segmenter(),
    calendar,
    deadlines: new MessageDeadlines(calendar, rules),
    autoCloseWorkdays: rules.autoCloseWorkdays,
    now,
  };
  const existing = new Set((await manager.find(Message, { where: { caseNo: Like(`${CASE_PREFIX}%`) }, select: { caseNo: true } })).map((m) => m.caseNo));
  const wanted = DEMO_MESSAGES.filter((seed) => !existing.has(CASE_PREFIX + seed.key));
  if (wanted.length === 0) return 0;

  const codes = [
    ...new Set(
      wanted.flatMap((seed) => [seed.agencyCode, seed.outcome.kind === 'returned' ? seed.outcome.fromAgencyCode : null]).filter((c): c is string => !!c),
    ),
  ];
  const agencies = new Map((await manager.findBy(Agency, { code: In([...codes, 'office']) })).map((agency) => [agency.code, agency]));
  const staff = await staffFor(manager, [...agencies.values()]);
  let added = 0;
  for (const seed of wanted) {
    const agency = seed.agencyCode ? agencies.get(seed.agencyCode) : undefined;
    const returnedFrom = seed.outcome.kind === 'returned' ? agencies.get(seed.outcome.fromAgencyCode) : undefined;
    // A demo city the admin has trimmed keeps what still fits.
    if ((seed.agencyCode && !agency) || (seed.outcome.kind === 'returned' && !returnedFrom)) continue;
    await addMessage(manager, context, seed, { agency, returnedFrom, office: agencies.get('office')!, staff });
    added += 1;
  }
  return added;
}

/** A staff account per agency to sign its steps: a demo account where there is one, else a replier made for it. */
async function staffFor(manager: EntityManager, agencies: Agency[]): Promise<Map<number, number>> {
  const accounts = await manager.find(StaffAccount, { where: { agencyId: In(agencies.map((a) => a.id)) }, order: { id: 'ASC' } });
  const byAgency = new Map<number, number>();
  for (const account of accounts) if (!byAgency.has(account.agencyId)) byAgency.set(account.agencyId, account.id);
  const missing = agencies.filter((agency) => !byAgency.has(agency.id));
  if (missing.length > 0) {
    const passwordHash = await new PasswordHasher().hash(randomBytes(24).toString('base64url'));
    for (const agency of missing) {
      const account = await manager.save(
        manager.create(StaffAccount, {
          username: REPLIER_PREFIX + agency.code,
          displayName: `${agency.name.replace(/^临溪市/, '')}工作人员`.slice(0, 32),
          agencyId: agency.id,
          roles: ['agency_staff'],
          passwordHash,
        }),
      );
      byAgency.set(agency.id, account.id);
    }
  }
  return byAgency;
}

async function addMessage(
  manager: EntityManager,
  { cipher, cutter, calendar, deadlines, autoCloseWorkdays, now }: DemoMessageContext,
  seed: DemoMessageSeed,
  { agency, returnedFrom, office, staff }: { agency?: Agency; returnedFrom?: Agency; office: Agency; staff: Map<number, number> },
): Promise<void> {
  const citizen = await manager.save(manager.create(Citizen, { openid: `demo-citizen-${seed.key}`, unionid: null, phoneEncrypted: null, lastLoginAt: null }));
  const day = chinaDay(new Date(now.getTime() - seed.daysAgo * DAY_MS));
  const submittedAt = new Date(Math.min(atChinaHour(day, 9).getTime() + (Number(seed.key) % 50) * 60_000, now.getTime() - HOUR_MS));
  const officeStaff = staff.get(office.id) ?? null;
  const events: Array<Omit<MessageEvent, 'id' | 'messageId'>> = [];
  const event = (
    at: Date,
    action: string,
    actor: { type: MessageEvent['actorType']; id: number | null },
    from: MessageStatus | null,
    to: MessageStatus | null,
    agencyId: number | null,
    reason: string | null = null,
  ) => events.push({ at, action, actorType: actor.type, actorId: actor.id, agencyId, fromStatus: from, toStatus: to, reason });
  event(submittedAt, 'submit', { type: 'citizen', id: citizen.id }, null, 'submitted', null);

  const message: Partial<Message> = {
    caseNo: CASE_PREFIX + seed.key,
    citizenId: citizen.id,
    type: seed.type,
    channel: seed.channel,
    status: 'submitted',
    targetAgencyId: seed.routedBy === 'target' ? agency!.id : null,
    assignedAgencyId: null,
    title: seed.title,
    content: seed.content,
    contactNameEncrypted: cipher.encrypt(seed.contact.name),
    contactPhoneEncrypted: cipher.encrypt(seed.contact.phone),
    isPublic: seed.isPublic,
    moderation: 'passed',
    routedBy: seed.routedBy,
    notifyOnReply: false,
    submittedAt,
  };
  let reply: { at: Date; bodyHtml: string; staffId: number } | undefined;

  const assign = (target: Agency, at: Date) => {
    const byOffice = seed.routedBy === 'office' || seed.outcome.kind === 'returned';
    const actor = byOffice ? { type: 'staff' as const, id: officeStaff } : { type: 'system' as const, id: null };
    event(at, 'dispatch', actor, message.status!, 'assigned', target.id, byOffice ? null : autoRouteReason(seed));
    Object.assign(message, { status: 'assigned', assignedAgencyId: target.id, assignedAt: at, dueAt: deadlines.dueAt(seed.type, at) });
  };
  const outcome = seed.outcome;
  switch (outcome.kind) {
    case 'queued':
      break;
    case 'returned': {
      assign(returnedFrom!, new Date(submittedAt.getTime() + 2 * HOUR_MS));
      const at = new Date(submittedAt.getTime() + 26 * HOUR_MS);
      event(at, 'return', { type: 'staff', id: staff.get(returnedFrom!.id) ?? null }, 'assigned', 'returned', returnedFrom!.id, outcome.reason);
      Object.assign(message, { status: 'returned', assignedAgencyId: null, assignedAt: null, dueAt: null });
      break;
    }
    case 'hidden':
      event(new Date(submittedAt.getTime() + 3 * HOUR_MS), 'hide', { type: 'staff', id: officeStaff }, 'submitted', 'hidden', null, outcome.reason);
      message.status = 'hidden';
      break;
    case 'assigned':
      assign(agency!, seed.routedBy === 'office' ? new Date(submittedAt.getTime() + 2 * HOUR_MS) : submittedAt);
      break;
    case 'replied': {
      const assignedAt = seed.routedBy === 'office' ? new Date(submittedAt.getTime() + 2 * HOUR_MS) : submittedAt;
      assign(agency!, assignedAt);
      const repliedAt = new Date(
        Math.min(atChinaHour(calendar.addWorkdays(chinaDay(assignedAt), outcome.afterWorkdays), 16).getTime(), now.getTime() - HOUR_MS),
      );
      const staffId = staff.get(agency!.id)!;
      reply = { at: repliedAt, bodyHtml: outcome.reply, staffId };
      event(repliedAt, 'reply', { type: 'staff', id: staffId }, 'assigned', 'replied', agency!.id);
      Object.assign(message, { status: 'replied', repliedAt, replyWorkdays: deadlines.workdaysBetween(assignedAt, repliedAt) });
      if (outcome.rating) {
        const ratedAt = new Date(Math.min(repliedAt.getTime() + 20 * HOUR_MS, now.getTime() - 60_000));
        // The rating is the event's reason, as MessagesService.rate writes it.
        event(ratedAt, 'rate', { type: 'citizen', id: citizen.id }, 'replied', 'closed', agency!.id, outcome.rating);
        Object.assign(message, { status: 'closed', rating: outcome.rating, ratingComment: outcome.ratingComment ?? null, ratedAt, closedAt: ratedAt });
      } else if (deadlines.autoCloseDue(repliedAt, now)) {
        const closedAt = atChinaHour(calendar.addWorkdays(chinaDay(repliedAt), autoCloseWorkdays), 2);
        event(closedAt, 'auto_close', { type: 'system', id: null }, 'replied', 'closed', agency!.id, '答复后未评价，自动办结');
        Object.assign(message, { status: 'closed', closedAt: new Date(Math.min(closedAt.getTime(), now.getTime())) });
      }
      break;
    }
  }

  const saved = await manager.save(manager.create(Message, message));
  await indexMessage(manager, cutter, saved, seed.contact.name);
  await manager.insert(
    MessageEvent,
    events.map((e) => ({ ...e, messageId: saved.id })),
  );
  if (reply)
    await manager.insert(MessageReply, { messageId: saved.id, agencyId: agency!.id, staffId: reply.staffId, bodyHtml: reply.bodyHtml, createdAt: reply.at });
}
