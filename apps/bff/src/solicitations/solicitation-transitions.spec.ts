import type { SolicitationStatus, StaffRole } from '@weimin/contracts';
import { feedbackDueOn, isFeedbackOverdue } from './solicitation-deadlines';
import { figureRow, solicitationFigures } from './solicitation-figures';
import {
  adoptionCounts,
  allowedSolicitationSteps,
  checkSolicitationStep,
  effectiveStatus,
  type SolicitationItem,
  solicitationQueueStatuses,
  sumAdoptionCounts,
} from './solicitation-transitions';

const AGENCY = 7;
const actor = (id: number, roles: StaffRole[], agencyId = AGENCY) => ({ id, agencyId, roles });
const staff = actor(1, ['agency_staff']);
const head = actor(2, ['agency_head']);
const otherHead = actor(3, ['agency_head'], 8);
const office = actor(4, ['office_staff'], 1);
const officeHead = actor(5, ['office_head'], 1);
const item = (status: SolicitationStatus, extra: Partial<SolicitationItem> = {}): SolicitationItem => ({
  status,
  agencyId: AGENCY,
  authorId: staff.id,
  feedbackAuthorId: staff.id,
  unmarked: 0,
  hasFeedback: true,
  held: 0,
  ...extra,
});
const to = (result: ReturnType<typeof checkSolicitationStep>) => ('step' in result ? result.step.to : result.refusal.code);

describe('solicitation transitions', () => {
  it('takes a draft through the agency head and the office to open, and a return back to the agency', () => {
    expect(to(checkSolicitationStep('submit', item('draft'), staff))).toBe('pending_agency_head');
    expect(to(checkSolicitationStep('approve', item('pending_agency_head'), head))).toBe('pending_office');
    expect(to(checkSolicitationStep('approve', item('pending_office'), office))).toBe('open');
    expect(to(checkSolicitationStep('approve', item('pending_office'), officeHead))).toBe('open');
    expect(to(checkSolicitationStep('return', item('pending_office'), office))).toBe('returned');
    expect(to(checkSolicitationStep('submit', item('returned'), head))).toBe('pending_agency_head');
  });

  it('refuses the wrong state (409 code) before the wrong person (403 codes)', () => {
    expect(to(checkSolicitationStep('approve', item('draft'), otherHead))).toBe('SOLICITATION_WRONG_STATE');
    expect(to(checkSolicitationStep('edit', item('open'), staff))).toBe('SOLICITATION_WRONG_STATE');
    expect(to(checkSolicitationStep('approve', item('pending_agency_head'), office))).toBe('SOLICITATION_NOT_YOUR_REVIEW_LEVEL');
    expect(to(checkSolicitationStep('approve', item('pending_office'), head))).toBe('SOLICITATION_NOT_YOUR_REVIEW_LEVEL');
    expect(to(checkSolicitationStep('approve', item('pending_agency_head'), otherHead))).toBe('SOLICITATION_NOT_YOUR_AGENCY');
    expect(to(checkSolicitationStep('submit', item('draft'), office))).toBe('SOLICITATION_NOT_YOUR_AGENCY');
    expect(to(checkSolicitationStep('approve', item('pending_agency_head', { authorId: head.id }), head))).toBe('SOLICITATION_OWN_DRAFT');
  });

  it('marks and writes feedback only after the period, and sends it to review only when complete', () => {
    expect(to(checkSolicitationStep('mark', item('open'), staff))).toBe('SOLICITATION_WRONG_STATE');
    expect(to(checkSolicitationStep('mark', item('closed'), staff))).toBe('closed');
    expect(to(checkSolicitationStep('save_feedback', item('closed'), staff))).toBe('feedback_draft');
    expect(to(checkSolicitationStep('save_feedback', item('feedback_returned'), staff))).toBe('feedback_returned');
    expect(to(checkSolicitationStep('submit_feedback', item('feedback_draft', { unmarked: 2 }), staff))).toBe('SOLICITATION_FEEDBACK_INCOMPLETE');
    expect(to(checkSolicitationStep('submit_feedback', item('closed', { hasFeedback: false }), staff))).toBe('SOLICITATION_FEEDBACK_INCOMPLETE');
    expect(to(checkSolicitationStep('submit_feedback', item('feedback_draft'), staff))).toBe('feedback_pending_agency_head');
    expect(to(checkSolicitationStep('approve_feedback', item('feedback_pending_agency_head'), head))).toBe('feedback_pending_office');
    expect(to(checkSolicitationStep('approve_feedback', item('feedback_pending_office'), officeHead))).toBe('feedback_published');
    expect(to(checkSolicitationStep('return_feedback', item('feedback_pending_agency_head'), head))).toBe('feedback_returned');
    expect(to(checkSolicitationStep('approve_feedback', item('feedback_pending_office', { feedbackAuthorId: office.id }), office))).toBe(
      'SOLICITATION_OWN_DRAFT',
    );
    expect(to(checkSolicitationStep('approve', item('feedback_pending_office'), office))).toBe('SOLICITATION_WRONG_STATE');
    expect(allowedSolicitationSteps(item('feedback_published'), officeHead)).toEqual([]);
    expect(allowedSolicitationSteps(item('closed'), head)).toEqual(['mark', 'save_feedback', 'submit_feedback']);
  });

  it('lets the office alone release held opinions, at any stage, leaving the solicitation where it is', () => {
    expect(to(checkSolicitationStep('release_opinion', item('open', { held: 1 }), office))).toBe('open');
    expect(to(checkSolicitationStep('release_opinion', item('feedback_published', { held: 2 }), officeHead))).toBe('feedback_published');
    expect(to(checkSolicitationStep('release_opinion', item('open'), office))).toBe('OPINION_NOT_HELD');
    expect(to(checkSolicitationStep('release_opinion', item('closed', { held: 1 }), head))).toBe('FORBIDDEN');
    expect(allowedSolicitationSteps(item('closed', { held: 1 }), office)).toEqual(['release_opinion']);
    expect(allowedSolicitationSteps(item('closed', { held: 1 }), staff)).toEqual(['mark', 'save_feedback', 'submit_feedback']);
  });

  it('reads an open solicitation past its period as closed', () => {
    const closesAt = new Date('2026-06-01T00:00:00Z');
    expect(effectiveStatus({ status: 'open', closesAt }, new Date('2026-05-31T23:59:59Z'))).toBe('open');
    expect(effectiveStatus({ status: 'open', closesAt }, closesAt)).toBe('closed');
    expect(effectiveStatus({ status: 'draft', closesAt: null }, closesAt)).toBe('draft');
  });

  it('gives each reviewer the queues of their level', () => {
    expect(solicitationQueueStatuses(['agency_head'])).toEqual(['pending_agency_head', 'feedback_pending_agency_head']);
    expect(solicitationQueueStatuses(['office_head'])).toEqual(['pending_office', 'feedback_pending_office']);
    expect(solicitationQueueStatuses(['agency_staff'])).toEqual([]);
  });
});

describe('solicitation figures', () => {
  it('counts (采纳 + 部分采纳) ÷ marked, leaving unmarked opinions out of the rate', () => {
    expect(adoptionCounts(['adopted', 'partly_adopted', 'not_adopted', null])).toEqual({
      opinions: 4,
      marked: 3,
      adopted: 1,
      partlyAdopted: 1,
      notAdopted: 1,
      adoptionRate: 2 / 3,
    });
    expect(adoptionCounts([null]).adoptionRate).toBeNull();
    // Summed, the rate comes from the totals, not from averaging each solicitation's rate.
    expect(sumAdoptionCounts([adoptionCounts(['adopted']), adoptionCounts(['not_adopted', 'not_adopted', 'not_adopted'])]).adoptionRate).toBe(0.25);
  });

  it('averages China days from closing to published feedback, over those with feedback', () => {
    const closesAt = new Date('2026-03-01T15:00:00Z'); // 3月1日 23:00 in China
    const row = figureRow([
      { agencyId: 1, closesAt, feedbackPublishedAt: new Date('2026-03-01T16:30:00Z'), marks: ['adopted'] }, // 3月2日: 1 day
      { agencyId: 1, closesAt, feedbackPublishedAt: new Date('2026-03-11T02:00:00Z'), marks: [] }, // 3月11日: 10 days
      { agencyId: 2, closesAt, feedbackPublishedAt: null, marks: [null, 'not_adopted'] },
    ]);
    expect(row).toMatchObject({ solicitations: 3, withFeedback: 2, averageDaysToFeedback: 5.5, opinions: 3, marked: 2, adoptionRate: 0.5 });
    const figures = solicitationFigures('2026-01-01', '2026-12-31', [{ agencyId: 2, closesAt, feedbackPublishedAt: null, marks: [] }], new Map([[2, '乙']]));
    expect(figures.byAgency).toEqual([expect.objectContaining({ agencyId: 2, agencyName: '乙', solicitations: 1, averageDaysToFeedback: null })]);
  });

  it('makes the feedback due 15 working days after the China day it closed, overdue the day after', () => {
    const weekdays = { addWorkdays: (day: string, count: number) => `${day}+${count}` };
    expect(feedbackDueOn(weekdays, new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02+15');
    expect(isFeedbackOverdue('2026-03-23', '2026-03-23')).toBe(false);
    expect(isFeedbackOverdue('2026-03-24', '2026-03-23')).toBe(true);
  });
});
