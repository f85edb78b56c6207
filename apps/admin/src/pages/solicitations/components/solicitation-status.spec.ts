import { SolicitationStatus } from '@weimin/contracts';
import {
  formatAdoptionRate,
  hasOpinions,
  isAfterPeriod,
  needsShortPeriodReason,
  pendingReview,
  reviewLevelsOf,
  SOLICITATION_STATUS_COLORS,
} from './solicitation-status';

describe('solicitation states in the console', () => {
  it('gives every state a colour', () => {
    for (const status of Object.values(SolicitationStatus)) expect(SOLICITATION_STATUS_COLORS[status]).toBeTruthy();
  });

  it('names the review a pending item waits for, of the solicitation or of its feedback', () => {
    expect(pendingReview('pending_agency_head')).toEqual({ subject: 'solicitation', level: 1, label: '单位负责人审核' });
    expect(pendingReview('pending_office')).toEqual({ subject: 'solicitation', level: 2, label: '政务公开办审核' });
    expect(pendingReview('feedback_pending_agency_head')).toEqual({ subject: 'feedback', level: 1, label: '采纳情况反馈·单位负责人审核' });
    expect(pendingReview('feedback_pending_office')).toEqual({ subject: 'feedback', level: 2, label: '采纳情况反馈·政务公开办审核' });
    for (const status of ['draft', 'returned', 'open', 'closed', 'feedback_draft', 'feedback_returned', 'feedback_published'] as const) {
      expect(pendingReview(status)).toBeNull();
    }
  });

  it('names the levels a role reviews', () => {
    expect(reviewLevelsOf(['agency_head'])).toEqual(['第1级·单位负责人审核']);
    expect(reviewLevelsOf(['office_staff'])).toEqual(['第2级·政务公开办审核']);
    expect(reviewLevelsOf(['agency_staff'])).toEqual([]);
  });

  it('has opinions from publication on, and marking after the period', () => {
    expect(hasOpinions('pending_office')).toBe(false);
    expect(hasOpinions('open')).toBe(true);
    expect(isAfterPeriod('open')).toBe(false);
    expect(isAfterPeriod('closed')).toBe(true);
    expect(isAfterPeriod('feedback_published')).toBe(true);
    expect(isAfterPeriod('returned')).toBe(false);
  });

  it('asks for a reason below 30 days only', () => {
    expect(needsShortPeriodReason(29)).toBe(true);
    expect(needsShortPeriodReason(30)).toBe(false);
    expect(needsShortPeriodReason(60)).toBe(false);
    expect(needsShortPeriodReason(undefined)).toBe(false);
  });

  it('shows the adoption rate as a percentage', () => {
    expect(formatAdoptionRate(null)).toBe('—');
    expect(formatAdoptionRate(2 / 3)).toBe('66.7%');
    expect(formatAdoptionRate(1)).toBe('100.0%');
  });
});
