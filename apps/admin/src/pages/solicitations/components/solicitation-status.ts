import { SOLICITATION_PERIOD_DAYS_DEFAULT, SOLICITATION_REVIEW_LEVELS, SolicitationStatus, type StaffRole } from '@weimin/contracts';

const S = SolicitationStatus;

/** Tag colours: waiting for a reviewer, returned to the agency, open to the public, done. */
export const SOLICITATION_STATUS_COLORS: Record<SolicitationStatus, string> = {
  draft: 'default',
  pending_agency_head: 'processing',
  pending_office: 'processing',
  returned: 'warning',
  open: 'success',
  closed: 'default',
  feedback_draft: 'default',
  feedback_pending_agency_head: 'processing',
  feedback_pending_office: 'processing',
  feedback_returned: 'warning',
  feedback_published: 'success',
};

/** The review a pending item waits for: the solicitation's or its feedback's, at level 1 (单位负责人) or 2 (公开办). */
export function pendingReview(status: SolicitationStatus): { subject: 'solicitation' | 'feedback'; level: 1 | 2; label: string } | null {
  const at = (subject: 'solicitation' | 'feedback', level: 1 | 2) => {
    const { label } = SOLICITATION_REVIEW_LEVELS.find((l) => l.level === level)!;
    return { subject, level, label: `${subject === 'feedback' ? '采纳情况反馈·' : ''}${label}` };
  };
  switch (status) {
    case S.PendingAgencyHead:
      return at('solicitation', 1);
    case S.PendingOffice:
      return at('solicitation', 2);
    case S.FeedbackPendingAgencyHead:
      return at('feedback', 1);
    case S.FeedbackPendingOffice:
      return at('feedback', 2);
    default:
      return null;
  }
}

/** The review levels a staff member takes, for the queue's heading. */
export function reviewLevelsOf(roles: readonly StaffRole[]): string[] {
  return SOLICITATION_REVIEW_LEVELS.filter((level) => level.roles.some((role) => roles.includes(role))).map((level) => `第${level.level}级·${level.label}`);
}

/** Opinions exist from publication on; before that there is nothing to list. */
export function hasOpinions(status: SolicitationStatus): boolean {
  return !([S.Draft, S.PendingAgencyHead, S.PendingOffice, S.Returned] as SolicitationStatus[]).includes(status);
}

/** After the period: where marking and the feedback happen. */
export function isAfterPeriod(status: SolicitationStatus): boolean {
  return hasOpinions(status) && status !== S.Open;
}

/** 重大行政决策 stay open 30 days as a rule: a shorter period must say why (the BFF refuses it otherwise). */
export function needsShortPeriodReason(periodDays: number | null | undefined): boolean {
  return typeof periodDays === 'number' && periodDays < SOLICITATION_PERIOD_DAYS_DEFAULT;
}

/** (采纳 + 部分采纳) ÷ marked as a percentage with one decimal, or — when nothing is marked. */
export function formatAdoptionRate(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
