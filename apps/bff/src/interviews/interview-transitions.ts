import { ErrorCode, INTERVIEW_STATUS_LABELS, type InterviewAction, InterviewStatus, type InterviewStep, type StaffRole } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';

const S = InterviewStatus;

/** 预告 → 征集问题 → 直播中 → 已结束, one step at a time, never back: a transcript and its questions follow this order. */
const NEXT: Record<InterviewStep, { from: InterviewStatus; to: InterviewStatus }> = {
  collect: { from: S.Announced, to: S.Collecting },
  start: { from: S.Collecting, to: S.Live },
  end: { from: S.Live, to: S.Ended },
};

/** Where each console action is open: edits before it is live, the transcript while live, the video once live. */
const OPEN_IN: Record<Exclude<InterviewAction, InterviewStep>, readonly InterviewStatus[]> = {
  edit: [S.Announced, S.Collecting],
  publish_entry: [S.Live],
  video: [S.Live, S.Ended],
  moderate: [S.Collecting, S.Live, S.Ended],
};

const OFFICE: readonly StaffRole[] = ['office_staff', 'office_head'];
const ACTIONS: readonly InterviewAction[] = ['edit', 'collect', 'start', 'end', 'video', 'publish_entry', 'moderate'];

/** Whether `action` is open on an interview in `status`; for a step, the state it leads to. */
export function checkInterviewAction(action: InterviewAction, status: InterviewStatus): { to: InterviewStatus } | null {
  if (action === 'collect' || action === 'start' || action === 'end') return NEXT[action].from === status ? { to: NEXT[action].to } : null;
  return OPEN_IN[action].includes(status) ? { to: status } : null;
}

/** The state after `action`, or 409 naming the state the interview is in (a stale console screen hears why). */
export function interviewActionTarget(action: InterviewAction, status: InterviewStatus): InterviewStatus {
  const checked = checkInterviewAction(action, status);
  if (!checked) {
    throw new DomainException(ErrorCode.InterviewWrongState, `访谈当前为「${INTERVIEW_STATUS_LABELS[status]}」，不能进行此操作`, { status });
  }
  return checked.to;
}

/** Citizens ask while the interview collects questions and while it is live. */
export function acceptsQuestions(status: InterviewStatus): boolean {
  return status === S.Collecting || status === S.Live;
}

/** The office's role the caller acts in, or null: only the office schedules and runs interviews. */
export function officeRoleOf(roles: readonly StaffRole[]): StaffRole | null {
  return OFFICE.find((role) => roles.includes(role)) ?? null;
}

/** The console's buttons: the actions open now, for the office; none for the guest agency, who reads only. */
export function allowedInterviewActions(status: InterviewStatus, roles: readonly StaffRole[]): InterviewAction[] {
  if (!officeRoleOf(roles)) return [];
  return ACTIONS.filter((action) => checkInterviewAction(action, status) !== null);
}

/** A planned time span is valid when it ends after it starts. */
export function validSpan(startsAt: Date, endsAt: Date): boolean {
  return endsAt.getTime() > startsAt.getTime();
}
