import type {
  OpinionAnswer,
  PublicOpinionView,
  SolicitationEventView,
  SolicitationStatus,
  SolicitationSummary,
  StaffOpinionView,
  StaffSolicitationSummary,
} from '@weimin/contracts';
import { maskName } from '../common/privacy/mask';
import { scrubPublicText } from '../common/privacy/scrub';
import type { SolicitationEvent } from './solicitation-event.entity';
import type { SolicitationOpinion } from './solicitation-opinion.entity';
import type { Solicitation } from './solicitation.entity';

export function questionsOf(item: Pick<Solicitation, 'questionsJson'>): string[] {
  return JSON.parse(item.questionsJson) as string[];
}

export function answersOf(opinion: Pick<SolicitationOpinion, 'answersJson'>): OpinionAnswer[] {
  return JSON.parse(opinion.answersJson) as OpinionAnswer[];
}

/** What the public sees in lists; `status` as it reads now (effectiveStatus). */
export function toPublicSummary(item: Solicitation, status: SolicitationStatus, agencyName: string, opinionCount: number): SolicitationSummary {
  return {
    id: item.id,
    title: item.title,
    summary: item.summary,
    agencyId: item.agencyId,
    agencyName,
    status,
    opensAt: item.opensAt!.toISOString(),
    closesAt: item.closesAt!.toISOString(),
    opinionCount,
  };
}

export function toStaffSummary(item: Solicitation, status: SolicitationStatus, agencyName: string, opinionCount: number): StaffSolicitationSummary {
  return {
    id: item.id,
    title: item.title,
    status,
    agencyId: item.agencyId,
    agencyName,
    authorId: item.authorId,
    periodDays: item.periodDays,
    opensAt: item.opensAt?.toISOString() ?? null,
    closesAt: item.closesAt?.toISOString() ?? null,
    feedbackPublishedAt: item.feedbackPublishedAt?.toISOString() ?? null,
    opinionCount,
    updatedAt: item.updatedAt.toISOString(),
  };
}

/** Shown as on the board (docs/security.md §15): the name masked, numbers and the name scrubbed from the text. */
export function toPublicOpinion(opinion: SolicitationOpinion, name: string): PublicOpinionView {
  return {
    id: opinion.id,
    name: maskName(name),
    content: scrubPublicText(opinion.content, name),
    answers: answersOf(opinion).map((answer) => ({ question: answer.question, text: scrubPublicText(answer.text, name) })),
    submittedAt: opinion.submittedAt.toISOString(),
    adoption: opinion.adoption,
    adoptionReason: opinion.adoptionReason,
  };
}

export function toStaffOpinion(opinion: SolicitationOpinion, name: string): StaffOpinionView {
  return {
    id: opinion.id,
    name: maskName(name),
    content: opinion.content,
    answers: answersOf(opinion),
    isPublic: opinion.isPublic,
    moderation: opinion.moderation,
    submittedAt: opinion.submittedAt.toISOString(),
    adoption: opinion.adoption,
    adoptionReason: opinion.adoptionReason,
    markedAt: opinion.markedAt?.toISOString() ?? null,
  };
}

export function toEventView(event: SolicitationEvent, actorName: string | null): SolicitationEventView {
  return {
    id: event.id,
    at: event.at.toISOString(),
    action: event.action,
    level: event.level,
    actorId: event.actorId,
    actorName,
    actorRole: event.actorRole,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    opinionId: event.opinionId,
    comment: event.comment,
  };
}
