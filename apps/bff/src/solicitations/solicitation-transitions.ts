import {
  type AdoptionCounts,
  ErrorCode,
  type OpinionAdoption,
  SOLICITATION_REVIEW_LEVELS,
  SOLICITATION_STATUS_LABELS,
  type SolicitationAction,
  SolicitationStatus,
  type StaffRole,
} from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';

/** The caller and the item, as far as the rules need them. */
export interface SolicitationActor {
  id: number;
  agencyId: number;
  roles: readonly StaffRole[];
}

export interface SolicitationItem {
  /** As it reads now (effectiveStatus). */
  status: SolicitationStatus;
  agencyId: number;
  authorId: number | null;
  feedbackAuthorId: number | null;
  /** Opinions not yet marked, and whether feedback text is written: what submitting the feedback needs. */
  unmarked: number;
  hasFeedback: boolean;
  /** Opinions moderation held (msgSecCheck said review): what the office's 放行 applies to. */
  held: number;
}

export interface SolicitationStep {
  to: SolicitationStatus;
  level: number | null;
  role: StaffRole | null;
}

export interface SolicitationRefusal {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** The steps staff take; `create` has no item yet and `close` is the clock's. */
export type StaffSolicitationAction = Exclude<SolicitationAction, 'create' | 'close'>;

const S = SolicitationStatus;
const EDITABLE: readonly SolicitationStatus[] = [S.Draft, S.Returned];
/** After the period: the agency marks opinions and writes the feedback until it goes to review. */
const FEEDBACK_EDITABLE: readonly SolicitationStatus[] = [S.Closed, S.FeedbackDraft, S.FeedbackReturned];
const DRAFTER_ROLES: readonly StaffRole[] = ['agency_staff', 'agency_head'];
const ACTIONS: readonly StaffSolicitationAction[] = [
  'edit',
  'submit',
  'approve',
  'return',
  'mark',
  'release_opinion',
  'save_feedback',
  'submit_feedback',
  'approve_feedback',
  'return_feedback',
];

/** The review queues: the solicitation's two levels, then the feedback's, with the step each approval leads to. */
const REVIEWS = {
  solicitation: { pending: [S.PendingAgencyHead, S.PendingOffice], published: S.Open, returned: S.Returned },
  feedback: { pending: [S.FeedbackPendingAgencyHead, S.FeedbackPendingOffice], published: S.FeedbackPublished, returned: S.FeedbackReturned },
} as const;

/** An `open` solicitation whose period has run out reads as closed, whether or not the scheduler has stored it yet. */
export function effectiveStatus(item: { status: SolicitationStatus; closesAt: Date | null }, now: Date): SolicitationStatus {
  return item.status === S.Open && item.closesAt !== null && item.closesAt.getTime() <= now.getTime() ? S.Closed : item.status;
}

function wrongState(item: SolicitationItem): SolicitationRefusal {
  return {
    code: ErrorCode.SolicitationWrongState,
    message: `意见征集当前为「${SOLICITATION_STATUS_LABELS[item.status]}」，不能进行此操作`,
    details: { status: item.status },
  };
}

function drafterRole(item: SolicitationItem, actor: SolicitationActor): StaffRole | undefined {
  return actor.agencyId === item.agencyId ? DRAFTER_ROLES.find((role) => actor.roles.includes(role)) : undefined;
}

const NOT_AGENCY: SolicitationRefusal = { code: ErrorCode.SolicitationNotYourAgency, message: '只有发起单位可以起草、标注和撰写反馈' };

/**
 * Who may take which step from which state (docs/domain.md §6): the agency drafts; its head (部门审核) and then the
 * office (office staff or head) approve or return, first the solicitation and, after the period, its feedback; the
 * author of either never approves it. The state is checked first (409), then the person (403). Never throws.
 */
export function checkSolicitationStep(
  action: StaffSolicitationAction,
  item: SolicitationItem,
  actor: SolicitationActor,
): { step: SolicitationStep } | { refusal: SolicitationRefusal } {
  switch (action) {
    case 'edit':
    case 'submit': {
      if (!EDITABLE.includes(item.status)) return { refusal: wrongState(item) };
      const role = drafterRole(item, actor);
      if (!role) return { refusal: NOT_AGENCY };
      return { step: { to: action === 'edit' ? item.status : S.PendingAgencyHead, level: null, role } };
    }
    case 'mark':
    case 'save_feedback':
    case 'submit_feedback': {
      if (!FEEDBACK_EDITABLE.includes(item.status)) return { refusal: wrongState(item) };
      const role = drafterRole(item, actor);
      if (!role) return { refusal: NOT_AGENCY };
      if (action === 'submit_feedback' && (item.unmarked > 0 || !item.hasFeedback)) {
        const message = item.unmarked > 0 ? `还有${item.unmarked}条意见未标注采纳情况` : '请先撰写采纳情况反馈';
        return { refusal: { code: ErrorCode.SolicitationFeedbackIncomplete, message, details: { unmarked: item.unmarked, hasFeedback: item.hasFeedback } } };
      }
      const to =
        action === 'submit_feedback' ? S.FeedbackPendingAgencyHead : action === 'save_feedback' && item.status === S.Closed ? S.FeedbackDraft : item.status;
      return { step: { to, level: null, role } };
    }
    case 'release_opinion': {
      // The office looks at held opinions as it looks at held messages, whatever stage the solicitation is at: a
      // released one is shown (if the citizen allowed it) and is marked like any other.
      if (item.held === 0) return { refusal: { code: ErrorCode.OpinionNotHeld, message: '没有待审核的意见' } };
      const role = SOLICITATION_REVIEW_LEVELS[1].roles.find((r) => actor.roles.includes(r));
      if (!role) return { refusal: { code: ErrorCode.Forbidden, message: '待审核的意见由政务公开办审核放行' } };
      return { step: { to: item.status, level: null, role } };
    }
    case 'approve':
    case 'return':
    case 'approve_feedback':
    case 'return_feedback': {
      const review = action === 'approve' || action === 'return' ? REVIEWS.solicitation : REVIEWS.feedback;
      const index = (review.pending as readonly SolicitationStatus[]).indexOf(item.status);
      if (index < 0) return { refusal: wrongState(item) };
      const level = SOLICITATION_REVIEW_LEVELS[index];
      const role = level.roles.find((r) => actor.roles.includes(r));
      if (!role) return { refusal: { code: ErrorCode.SolicitationNotYourReviewLevel, message: `此环节（${level.label}）不由您的角色审核` } };
      if (level.level === 1 && actor.agencyId !== item.agencyId) return { refusal: NOT_AGENCY };
      const author = review === REVIEWS.solicitation ? item.authorId : item.feedbackAuthorId;
      if (author === actor.id) return { refusal: { code: ErrorCode.SolicitationOwnDraft, message: '不能审核自己起草的内容' } };
      const approving = action === 'approve' || action === 'approve_feedback';
      const to = !approving ? review.returned : (review.pending[index + 1] ?? review.published);
      return { step: { to, level: level.level, role } };
    }
    default: {
      const unhandled: never = action;
      throw new Error(`unknown action ${String(unhandled)}`);
    }
  }
}

export function solicitationStep(action: StaffSolicitationAction, item: SolicitationItem, actor: SolicitationActor): SolicitationStep {
  const checked = checkSolicitationStep(action, item, actor);
  if ('refusal' in checked) throw new DomainException(checked.refusal.code, checked.refusal.message, checked.refusal.details);
  return checked.step;
}

/** The steps the caller could take now (the console's buttons). */
export function allowedSolicitationSteps(item: SolicitationItem, actor: SolicitationActor): StaffSolicitationAction[] {
  return ACTIONS.filter((action) => 'step' in checkSolicitationStep(action, item, actor));
}

/** The states whose queue the caller's roles review (level 1 also only their own agency's, level 2 every agency's). */
export function solicitationQueueStatuses(roles: readonly StaffRole[]): SolicitationStatus[] {
  const [agencyHead, office] = SOLICITATION_REVIEW_LEVELS;
  return [
    ...(agencyHead.roles.some((r) => roles.includes(r)) ? [S.PendingAgencyHead, S.FeedbackPendingAgencyHead] : []),
    ...(office.roles.some((r) => roles.includes(r)) ? [S.PendingOffice, S.FeedbackPendingOffice] : []),
  ];
}

/** 采纳率 = (采纳 + 部分采纳) ÷ marked; unmarked opinions count as received, not in the rate. */
export function adoptionCounts(marks: ReadonlyArray<OpinionAdoption | null>): AdoptionCounts {
  const adopted = marks.filter((m) => m === 'adopted').length;
  const partlyAdopted = marks.filter((m) => m === 'partly_adopted').length;
  const notAdopted = marks.filter((m) => m === 'not_adopted').length;
  const marked = adopted + partlyAdopted + notAdopted;
  return { opinions: marks.length, marked, adopted, partlyAdopted, notAdopted, adoptionRate: marked ? (adopted + partlyAdopted) / marked : null };
}

/** Counts added up (several solicitations); the rate from the sums, not an average of rates. */
export function sumAdoptionCounts(counts: readonly AdoptionCounts[]): AdoptionCounts {
  const sum = (key: 'opinions' | 'marked' | 'adopted' | 'partlyAdopted' | 'notAdopted') => counts.reduce((total, c) => total + c[key], 0);
  const marked = sum('marked');
  return {
    opinions: sum('opinions'),
    marked,
    adopted: sum('adopted'),
    partlyAdopted: sum('partlyAdopted'),
    notAdopted: sum('notAdopted'),
    adoptionRate: marked ? (sum('adopted') + sum('partlyAdopted')) / marked : null,
  };
}

/** Days between two China days (YYYY-MM-DD), `to` after `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The average, to one decimal; null for none. */
export function averageOf(values: readonly number[]): number | null {
  return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;
}
