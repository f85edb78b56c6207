import { DISCLOSURE_STATUS_LABELS, DisclosureAction, DisclosureStatus, ErrorCode, type StaffRole } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';

export interface DisclosureActor {
  id: number;
  agencyId: number;
  roles: readonly StaffRole[];
}

/** The application, as far as the rules need it. Days are China calendar days (YYYY-MM-DD). */
export interface DisclosureFacts {
  status: DisclosureStatus;
  agencyId: number | null;
  today: string;
  correctionNoticed: boolean;
  /** The last day a 补正 notice may be sent (7 working days after receipt). */
  correctionWindowEnd: string;
  /** The day by which the applicant must correct, while a 补正 is awaited. */
  correctBy: string | null;
  extensionAsked: boolean;
  extensionPending: boolean;
  delivered: boolean;
  /** The reply is 不予公开 and config requires the office's approval as well. */
  replyNeedsOffice: boolean;
}

const S = DisclosureStatus;
const A = DisclosureAction;
const AGENCY_ROLES: readonly StaffRole[] = ['agency_staff', 'agency_head'];
const OFFICE_ROLES: readonly StaffRole[] = ['office_staff', 'office_head'];

/** Which states each action may start from; anything else is 409. */
const FROM: Record<DisclosureAction, readonly DisclosureStatus[]> = {
  route: [S.Routing],
  correction: [S.Handling],
  corrected: [S.Correction],
  'correction-lapsed': [S.Correction],
  pause: [S.Handling],
  resume: [S.Paused],
  extension: [S.Handling, S.Paused],
  'extension-decision': [S.Handling, S.Paused, S.ReplyReview, S.OfficeReview],
  'reply-draft': [S.Handling],
  'reply-approve': [S.ReplyReview, S.OfficeReview],
  'reply-return': [S.ReplyReview, S.OfficeReview],
  delivery: [S.Replied],
  remedy: [S.Replied, S.Closed],
  chase: [S.Handling, S.Paused, S.ReplyReview, S.OfficeReview],
};

function conflict(facts: DisclosureFacts, code: ErrorCode = ErrorCode.Conflict, message?: string): DomainException {
  return new DomainException(code, message ?? `申请当前为「${DISCLOSURE_STATUS_LABELS[facts.status]}」，不能进行此操作`, { status: facts.status });
}

const forbidden = (message: string) => new DomainException(ErrorCode.Forbidden, message);

const isHandlingAgency = (facts: DisclosureFacts, actor: DisclosureActor, roles: readonly StaffRole[] = AGENCY_ROLES) =>
  facts.agencyId !== null && actor.agencyId === facts.agencyId && roles.some((role) => actor.roles.includes(role));
const isOffice = (actor: DisclosureActor, roles: readonly StaffRole[] = OFFICE_ROLES) => roles.some((role) => actor.roles.includes(role));

/**
 * Who may take which step of a disclosure application in which state (docs/domain.md §5, docs/security.md §11): the office
 * routes 不确定 applications; the handling agency sends the one 补正 notice, consults third parties, asks for the one
 * extension and drafts the reply; its head approves the reply (and the office too, for 不予公开 when configured); the
 * office head decides extensions; the office records a 复议 or 诉讼. The state is checked first (409, or a code that
 * names the rule), then the person (403). Seeing another agency's application at all is the service's 404.
 * Returns the state the application moves to.
 */
export function disclosureStep(action: DisclosureAction, facts: DisclosureFacts, actor: DisclosureActor): DisclosureStatus {
  if (!FROM[action].includes(facts.status)) throw conflict(facts);
  switch (action) {
    case A.Route:
      if (!isOffice(actor)) throw forbidden('由政务公开办转办');
      return S.Handling;
    case A.RequestCorrection:
      if (facts.correctionNoticed) throw conflict(facts, ErrorCode.DisclosureCorrectionAlreadyUsed, '补正通知只能发出一次');
      if (facts.today > facts.correctionWindowEnd) {
        throw conflict(facts, ErrorCode.DisclosureCorrectionWindowPassed, `补正通知须在收到申请之日起7个工作日内（${facts.correctionWindowEnd}前）发出`);
      }
      if (!isHandlingAgency(facts, actor)) throw forbidden('由承办单位发出补正通知');
      return S.Correction;
    case A.ReceiveCorrection:
      if (!isHandlingAgency(facts, actor)) throw forbidden('由承办单位登记补正');
      return S.Handling;
    case A.LapseCorrection:
      if (facts.correctBy !== null && facts.today <= facts.correctBy) {
        throw conflict(facts, ErrorCode.DisclosureCorrectionNotDue, `补正期限至${facts.correctBy}，尚未届满`);
      }
      if (!isHandlingAgency(facts, actor) && !isOffice(actor)) throw forbidden('由承办单位或政务公开办终止办理');
      return S.Closed;
    case A.Pause:
    case A.Resume:
      if (!isHandlingAgency(facts, actor)) throw forbidden('由承办单位征求意见');
      return action === A.Pause ? S.Paused : S.Handling;
    case A.RequestExtension:
      if (facts.extensionAsked) throw conflict(facts, ErrorCode.DisclosureExtensionAlreadyUsed, '答复期限只能延长一次');
      if (!isHandlingAgency(facts, actor)) throw forbidden('由承办单位申请延期');
      return facts.status;
    case A.DecideExtension:
      if (!facts.extensionPending) throw conflict(facts, ErrorCode.Conflict, '没有待审批的延期申请');
      if (!isOffice(actor, ['office_head'])) throw forbidden('延期由政务公开办负责人审批');
      return facts.status;
    case A.DraftReply:
      if (!isHandlingAgency(facts, actor)) throw forbidden('由承办单位起草答复');
      return S.ReplyReview;
    case A.ApproveReply:
    case A.ReturnReply:
      if (facts.status === S.ReplyReview) {
        if (!isHandlingAgency(facts, actor, ['agency_head'])) throw forbidden('答复由承办单位负责人审核');
        if (action === A.ReturnReply) return S.Handling;
        return facts.replyNeedsOffice ? S.OfficeReview : S.Replied;
      }
      if (!isOffice(actor)) throw forbidden('不予公开的答复须经政务公开办审核');
      return action === A.ReturnReply ? S.Handling : S.Replied;
    case A.RecordDelivery:
      if (facts.delivered) throw conflict(facts, ErrorCode.Conflict, '送达已登记');
      if (!isHandlingAgency(facts, actor)) throw forbidden('由承办单位登记送达');
      return facts.status;
    case A.RecordRemedy:
      if (!isOffice(actor)) throw forbidden('由政务公开办登记复议诉讼情况');
      return facts.status;
    case A.Chase:
      if (!isOffice(actor)) throw forbidden('由政务公开办催办');
      return facts.status;
    default: {
      const unknown: never = action;
      throw new Error(`unknown disclosure action ${String(unknown)}`);
    }
  }
}

/** The actions this caller may take now: what the console offers. */
export function allowedDisclosureActions(facts: DisclosureFacts, actor: DisclosureActor): DisclosureAction[] {
  return Object.values(A).filter((action) => {
    try {
      disclosureStep(action, facts, actor);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The applicant corrects online: only their own application (the service's 404), only while a 补正 is awaited and
 * its period has not run out (after that the agency may end it as 逾期不补正). Returns the state it moves to, the same
 * as the agency's `corrected`: the clock restarts from the corrected receipt.
 */
export function citizenCorrectionStep(facts: DisclosureFacts): DisclosureStatus {
  if (facts.status !== S.Correction) throw conflict(facts);
  if (facts.correctBy !== null && facts.today > facts.correctBy) {
    throw conflict(facts, ErrorCode.Conflict, `补正期限已于${facts.correctBy}届满，请联系承办单位`);
  }
  return S.Handling;
}
