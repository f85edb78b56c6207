import type { InterpretationEventView, InterpretationSummary, LifeEventStage, PolicyDocumentView, StaffInterpretationSummary } from '@weimin/contracts';
import type { InterpretationEvent } from './interpretation-event.entity';
import type { Interpretation } from './interpretation.entity';
import type { PolicyDocument } from './policy-document.entity';

export function toPolicyDocumentView(document: PolicyDocument): PolicyDocumentView {
  return {
    id: document.id,
    title: document.title,
    docNumber: document.docNumber,
    issuer: document.issuer,
    issuedOn: document.issuedOn,
    validity: document.validity,
  };
}

/** What the public sees in lists and search results. */
export function toPublicSummary(item: Interpretation, stages: LifeEventStage[], agencyName: string): InterpretationSummary {
  return {
    id: item.id,
    title: item.title,
    summary: item.summary,
    stages,
    format: item.format,
    agencyName,
    publishedAt: item.publishedAt!.toISOString(),
    views: item.viewCount,
  };
}

export function toStaffSummary(item: Interpretation, stages: LifeEventStage[], agencyName: string, authorName: string | null): StaffInterpretationSummary {
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    stages,
    format: item.format,
    agencyId: item.agencyId,
    agencyName,
    authorId: item.authorId,
    authorName,
    updatedAt: item.updatedAt.toISOString(),
    publishedAt: item.publishedAt?.toISOString() ?? null,
  };
}

export function toEventView(event: InterpretationEvent, actorName: string | null): InterpretationEventView {
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
    comment: event.comment,
  };
}
