import { AgencyKind, ErrorCode, OFFICE_ROLES, type NoticeStatus, type StaffRole } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';

/** The caller, as far as the notice rules need them. */
export interface NoticeActor {
  agencyId: number;
  agencyKind: AgencyKind;
  roles: readonly StaffRole[];
}

export interface NoticeItem {
  agencyId: number;
  status: NoticeStatus;
}

export type NoticeAction = 'publish' | 'edit' | 'withdraw';

export interface NoticeRefusal {
  code: ErrorCode;
  message: string;
}

/** A unit's own staff: a public enterprise's account without a city-wide role. */
function isUnitStaff(actor: NoticeActor): boolean {
  return actor.agencyKind === AgencyKind.PublicEnterprise && !actor.roles.some((role) => OFFICE_ROLES.includes(role));
}

/**
 * Who may do what to a notice (docs/domain.md §2): a public enterprise's staff publish under their own unit, and edit
 * and withdraw their own unit's notices while published; departments publish none; the office reads, never edits.
 * The state is checked first (409), then the person (403), as for interpretations. Null: allowed.
 * `publish` makes a new notice, so `notice` is the one it would be (the caller's unit, published).
 */
export function noticeRefusal(action: NoticeAction, notice: NoticeItem, actor: NoticeActor): NoticeRefusal | null {
  if (action === 'publish') {
    return isUnitStaff(actor) ? null : { code: ErrorCode.NoticePublisherNotAUnit, message: '只有公共企事业单位发布信息' };
  }
  if (notice.status !== 'published') {
    return { code: ErrorCode.NoticeAlreadyWithdrawn, message: action === 'edit' ? '已撤回的信息不能修改' : '该信息已撤回' };
  }
  if (!isUnitStaff(actor) || actor.agencyId !== notice.agencyId) {
    return { code: ErrorCode.NoticeNotYourUnit, message: '只能修改和撤回本单位发布的信息' };
  }
  return null;
}

/** Throws the refusal as a DomainException (409 or 403 by its code). */
export function assertNoticeStep(action: NoticeAction, notice: NoticeItem, actor: NoticeActor): void {
  const refusal = noticeRefusal(action, notice, actor);
  if (refusal) throw new DomainException(refusal.code, refusal.message);
}

/** What the console offers on a notice: exactly the steps noticeRefusal allows. */
export function allowedNoticeActions(notice: NoticeItem, actor: NoticeActor): Array<'edit' | 'withdraw'> {
  return (['edit', 'withdraw'] as const).filter((action) => noticeRefusal(action, notice, actor) === null);
}
