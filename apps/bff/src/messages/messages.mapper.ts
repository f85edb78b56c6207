import type {
  BoardImageView,
  BoardMessageView,
  MessageEventView,
  MessageImageView,
  MyMessageSummary,
  MyMessageView,
  ReplyView,
  StaffMessageSummary,
} from '@weimin/contracts';
import { maskName, maskPhone } from '../common/privacy/mask';
import { scrubPublicText } from '../common/privacy/scrub';
import type { MessageEvent } from './message-event.entity';
import type { MessageReply } from './message-reply.entity';
import type { Message } from './message.entity';

/** Decrypted contact details, for the audiences allowed to see them. */
export interface Contact {
  name: string;
  phone: string;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toReplyView(reply: MessageReply, agencyName: string): ReplyView {
  return { id: reply.id, agencyName, bodyHtml: reply.bodyHtml, createdAt: reply.createdAt.toISOString() };
}

export function toMySummary(message: Message): MyMessageSummary {
  return {
    id: message.id,
    caseNo: message.caseNo,
    type: message.type,
    status: message.status,
    title: message.title,
    submittedAt: message.submittedAt.toISOString(),
    repliedAt: iso(message.repliedAt),
  };
}

/** The citizen's own message: their name in full, their phone masked (they know it; the screen may be seen). */
/** `contact` is null once anonymised after the retention period: the citizen then sees no contact either. */
export function toMyMessageView(message: Message, contact: Contact | null, replies: ReplyView[], images: MessageImageView[]): MyMessageView {
  return {
    id: message.id,
    caseNo: message.caseNo,
    type: message.type,
    channel: message.channel,
    status: message.status,
    title: message.title,
    content: message.content,
    isPublic: message.isPublic,
    contactName: contact?.name ?? '',
    contactPhoneMasked: contact ? maskPhone(contact.phone) : '',
    agencyName: message.assignedAgency?.name ?? null,
    submittedAt: message.submittedAt.toISOString(),
    dueAt: iso(message.dueAt),
    replies,
    rating: message.rating,
    canRate: message.status === 'replied' && message.rating === null,
    images,
  };
}

/** docs/security.md §15: no contact, numbers and the contact's own name in the text scrubbed (docs/security.md §29), the author only as 张*. */
/** `images`: only those the office approved for the board (photos/message-image.repository.ts onBoard). */
export function toBoardView(message: Message, authorName: string | null, reply: MessageReply, agencyName: string, images: BoardImageView[]): BoardMessageView {
  return {
    id: message.id,
    caseNo: message.caseNo,
    type: message.type,
    channel: message.channel,
    title: scrubPublicText(message.title, authorName),
    content: scrubPublicText(message.content, authorName),
    authorMasked: authorName ? maskName(authorName) : null,
    submittedAt: message.submittedAt.toISOString(),
    agencyName,
    replyHtml: scrubPublicText(reply.bodyHtml, authorName),
    repliedAt: reply.createdAt.toISOString(),
    images,
  };
}

export function toStaffSummary(message: Message, now: Date, workdaysLeft: number | null): StaffMessageSummary {
  const running = message.status === 'assigned' && message.dueAt !== null;
  return {
    id: message.id,
    caseNo: message.caseNo,
    type: message.type,
    channel: message.channel,
    status: message.status,
    title: message.title,
    agencyId: message.assignedAgencyId,
    agencyName: message.assignedAgency?.name ?? null,
    submittedAt: message.submittedAt.toISOString(),
    assignedAt: iso(message.assignedAt),
    dueAt: iso(message.dueAt),
    overdue: running && message.dueAt!.getTime() < now.getTime(),
    workdaysLeft: running ? workdaysLeft : null,
  };
}

export function toEventView(event: MessageEvent, actorName: string | null, agencyName: string | null): MessageEventView {
  return {
    id: event.id,
    at: event.at.toISOString(),
    action: event.action,
    actorType: event.actorType,
    actorName,
    agencyName,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    reason: event.reason,
  };
}
