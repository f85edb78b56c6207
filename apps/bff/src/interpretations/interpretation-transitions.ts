import { ErrorCode, INTERPRETATION_STATUS_LABELS, type InterpretationAction, InterpretationStatus, REVIEW_LEVELS, type StaffRole } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';

/** The caller and the item, as far as the review rules need them. */
export interface ReviewActor {
  id: number;
  agencyId: number;
  roles: readonly StaffRole[];
}

export interface ReviewItem {
  status: InterpretationStatus;
  agencyId: number;
  authorId: number | null;
}

export interface Step {
  to: InterpretationStatus;
  /** The review level taken (1-3) and the role it was taken in. */
  level: number | null;
  role: StaffRole | null;
}

/** Why a step is refused: the code (its status says 409 or 403) and the text the caller reads. */
export interface Refusal {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type ReviewAction = Exclude<InterpretationAction, 'create'>;

const S = InterpretationStatus;
const EDITABLE: readonly InterpretationStatus[] = [S.Draft, S.Returned];
const DRAFTER_ROLES: readonly StaffRole[] = ['agency_staff', 'agency_head'];
const OFFICE: readonly StaffRole[] = ['office_staff', 'office_head'];
const ACTIONS: readonly ReviewAction[] = ['edit', 'submit', 'approve', 'return', 'withdraw'];

/** The item's state does not allow the step: the code names the state it is in (all 409). */
function wrongState(item: ReviewItem): Refusal {
  const code =
    item.status === S.Published
      ? ErrorCode.InterpretationAlreadyApproved
      : item.status === S.Withdrawn
        ? ErrorCode.InterpretationAlreadyWithdrawn
        : EDITABLE.includes(item.status)
          ? ErrorCode.InterpretationNotSubmitted
          : ErrorCode.InterpretationUnderReview;
  return { code, message: `解读当前为「${INTERPRETATION_STATUS_LABELS[item.status]}」，不能进行此操作`, details: { status: item.status } };
}

/**
 * Who may take which step from which state (docs/domain.md §1, docs/security.md §11): draft → 部门初审 (agency head of the
 * drafting agency) → 公开办审核 (office staff) → 负责人审核 (office head) → published. Each level approves or returns to
 * the drafter; the author never approves their own item; the office withdraws a published one.
 * A step from the wrong state is 409; the wrong person is 403. The state is checked first, so a stale screen hears
 * "already moved on" rather than "not yours". Returns the step, or why it is refused; never throws.
 */
export function checkReviewStep(action: ReviewAction, item: ReviewItem, actor: ReviewActor): { step: Step } | { refusal: Refusal } {
  switch (action) {
    case 'edit':
    case 'submit': {
      if (!EDITABLE.includes(item.status)) return { refusal: wrongState(item) };
      const drafter = actor.agencyId === item.agencyId ? DRAFTER_ROLES.find((role) => actor.roles.includes(role)) : undefined;
      if (!drafter) return { refusal: { code: ErrorCode.InterpretationNotDraftingAgency, message: '只有起草单位可以修改和提交解读' } };
      return { step: { to: action === 'edit' ? item.status : S.AgencyReview, level: null, role: drafter } };
    }
    case 'approve':
    case 'return': {
      const index = REVIEW_LEVELS.findIndex((level) => level.status === item.status);
      if (index < 0) return { refusal: wrongState(item) };
      const level = REVIEW_LEVELS[index];
      if (!actor.roles.includes(level.role))
        return { refusal: { code: ErrorCode.InterpretationNotYourReviewLevel, message: `此环节（${level.label}）由${ROLE_NAMES[level.role]}审核` } };
      if (level.level === 1 && actor.agencyId !== item.agencyId)
        return { refusal: { code: ErrorCode.InterpretationNotDraftingAgency, message: '部门初审由起草单位负责人进行' } };
      if (item.authorId === actor.id) return { refusal: { code: ErrorCode.InterpretationOwnDraft, message: '不能审核自己起草的解读' } };
      const to = action === 'return' ? S.Returned : (REVIEW_LEVELS[index + 1]?.status ?? S.Published);
      return { step: { to, level: level.level, role: level.role } };
    }
    case 'withdraw': {
      if (item.status !== S.Published) return { refusal: wrongState(item) };
      const role = OFFICE.find((r) => actor.roles.includes(r));
      if (!role) return { refusal: { code: ErrorCode.InterpretationWithdrawalOfficeOnly, message: '撤回由政务公开办进行' } };
      return { step: { to: S.Withdrawn, level: null, role } };
    }
    default: {
      const unhandled: never = action;
      throw new Error(`unknown action ${String(unhandled)}`);
    }
  }
}

/** The step, or the refusal as a DomainException (409 or 403 by its code). */
export function reviewStep(action: ReviewAction, item: ReviewItem, actor: ReviewActor): Step {
  const checked = checkReviewStep(action, item, actor);
  if ('refusal' in checked) throw new DomainException(checked.refusal.code, checked.refusal.message, checked.refusal.details);
  return checked.step;
}

const ROLE_NAMES: Record<StaffRole, string> = {
  agency_staff: '起草单位工作人员',
  agency_head: '起草单位负责人',
  office_staff: '政务公开办工作人员',
  office_head: '政务公开办负责人',
  admin: '系统管理员',
};

/** The steps the caller could take now (the console's buttons): the same check as the step itself. */
export function allowedSteps(item: ReviewItem, actor: ReviewActor): InterpretationAction[] {
  return ACTIONS.filter((action) => 'step' in checkReviewStep(action, item, actor));
}

/** The review level whose queue a caller works (an account may hold several roles). */
export function reviewQueueStatuses(roles: readonly StaffRole[]): InterpretationStatus[] {
  return REVIEW_LEVELS.filter((level) => roles.includes(level.role)).map((level) => level.status);
}
