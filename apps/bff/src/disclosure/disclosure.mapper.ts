import {
  DISCLOSURE_OUTCOMES,
  DISCLOSURE_STATUS_LABELS,
  type DisclosureAction,
  type DisclosureEventView,
  type DisclosureSummary,
  type MyDisclosureView,
  type StaffDisclosureView,
} from '@weimin/contracts';
import { maskPhone } from '../common/privacy/mask';
import type { DisclosureApplication } from './disclosure-application.entity';
import type { DisclosureEvent } from './disclosure-event.entity';
import type { DisclosurePause } from './disclosure-pause.entity';
import type { DisclosureRemedy } from './disclosure-remedy.entity';
import type { DisclosureReplyLetter } from './disclosure-reply-letter.entity';

/** 110***********1234 / 913***********001X: enough to recognise, not enough to use (docs/security.md §10, §15). */
export function maskCertificate(number: string): string {
  if (number.length < 10) return '*'.repeat(number.length);
  return number.slice(0, 3) + '*'.repeat(number.length - 7) + number.slice(-4);
}

export function toDisclosureSummary(application: DisclosureApplication, agencyName: string | null): DisclosureSummary {
  return {
    id: application.id,
    caseNo: application.caseNo,
    status: application.status,
    statusLabel: DISCLOSURE_STATUS_LABELS[application.status],
    infoTitle: application.infoTitle,
    agencyId: application.agencyId,
    agencyName,
    receivedOn: application.receivedOn,
    dueOn: application.dueOn,
    outcome: application.outcome,
  };
}

export interface Decrypted {
  certificateNumber: string;
  contactPhone: string;
  email: string | null;
}

export function toMyDisclosureView(
  application: DisclosureApplication,
  agencyName: string | null,
  applicant: Decrypted,
  pauses: DisclosurePause[],
  letter: DisclosureReplyLetter | null,
  /** The applicant sees the reply only once it is sent. */
  showDraft: boolean,
): MyDisclosureView {
  const sent = !!letter;
  const reply =
    application.outcome && (sent || showDraft)
      ? {
          outcome: application.outcome,
          outcomeLabel: DISCLOSURE_OUTCOMES[application.outcome].label,
          outcomeReason: application.outcomeReason,
          outcomeReasonLabel: application.outcomeReason ? (DISCLOSURE_OUTCOMES[application.outcome].reasons[application.outcomeReason - 1] ?? null) : null,
          facts: application.replyFacts ?? '',
          legalBasis: application.replyLegalBasis ?? '',
          feeYuan: application.replyFeeFen ? application.replyFeeFen / 100 : null,
          letterNumber: letter?.number ?? null,
          letterSha256: letter?.sha256 ?? null,
          sentAt: letter ? letter.createdAt.toISOString() : null,
        }
      : null;
  return {
    ...toDisclosureSummary(application, agencyName),
    outcome: sent || showDraft || application.status === 'closed' ? application.outcome : null,
    applicantKind: application.applicantKind,
    organisationKind: application.organisationKind,
    applicantName: application.applicantName,
    certificateType: application.certificateType,
    certificateNumberMasked: maskCertificate(applicant.certificateNumber),
    contactPhoneMasked: maskPhone(applicant.contactPhone),
    postalAddress: application.postalAddress,
    infoDocumentNumber: application.infoDocumentNumber,
    infoDescription: application.infoDescription,
    form: application.form,
    deliveryMethod: application.deliveryMethod,
    channel: application.channel,
    correction:
      application.correctionNoticedOn && application.correctionMissing && application.correctBy
        ? {
            missing: application.correctionMissing,
            noticedOn: application.correctionNoticedOn,
            correctBy: application.correctBy,
            correctedOn: application.correctedOn,
          }
        : null,
    pauses: pauses.map((p) => ({ kind: p.kind, party: p.party, startedOn: p.startedOn, endedOn: p.endedOn })),
    extension:
      application.extensionStatus && application.extensionWorkdays && application.extensionReason
        ? { workdays: application.extensionWorkdays, reason: application.extensionReason, status: application.extensionStatus }
        : null,
    reply,
    delivery: application.deliveredBy && application.deliveredOn ? { method: application.deliveredBy, deliveredOn: application.deliveredOn } : null,
  };
}

export function toEventView(event: DisclosureEvent): DisclosureEventView {
  return {
    at: event.at.toISOString(),
    action: event.action,
    actorType: event.actorType,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    reason: event.reason,
  };
}

export function toStaffDisclosureView(
  mine: MyDisclosureView,
  extra: {
    applicant: Decrypted | null;
    workdaysLeft: number | null;
    allowedActions: DisclosureAction[];
    remedies: DisclosureRemedy[];
    history: DisclosureEvent[];
  },
): StaffDisclosureView {
  return {
    ...mine,
    applicant: extra.applicant,
    workdaysLeft: extra.workdaysLeft,
    overdue: extra.workdaysLeft !== null && extra.workdaysLeft < 0,
    allowedActions: extra.allowedActions,
    remedies: extra.remedies.map((r) => ({ kind: r.kind, result: r.result, filedOn: r.filedOn, note: r.note })),
    history: extra.history.map(toEventView),
  };
}
