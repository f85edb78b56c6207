import { ERROR_CODES, type InterpretationStatus, type StaffRole } from '@weimin/contracts';
import type { DomainException } from '../common/errors/domain.exception';
import { allowedSteps, checkReviewStep, reviewQueueStatuses, type ReviewActor, type ReviewItem, reviewStep } from './interpretation-transitions';

const AGENCY = 7;
const OFFICE = 1;
const drafter: ReviewActor = { id: 10, agencyId: AGENCY, roles: ['agency_staff'] };
const head: ReviewActor = { id: 11, agencyId: AGENCY, roles: ['agency_head'] };
const otherHead: ReviewActor = { id: 12, agencyId: 8, roles: ['agency_head'] };
const officeStaff: ReviewActor = { id: 20, agencyId: OFFICE, roles: ['office_staff'] };
const officeHead: ReviewActor = { id: 21, agencyId: OFFICE, roles: ['office_head'] };
const admin: ReviewActor = { id: 30, agencyId: OFFICE, roles: ['admin'] };

const item = (status: InterpretationStatus, authorId: number | null = drafter.id): ReviewItem => ({ status, agencyId: AGENCY, authorId });

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as DomainException).code;
  }
  return 'OK';
}

describe('interpretation review transitions', () => {
  it.each([
    ['submit', 'draft', drafter, 'agency_review', null],
    ['submit', 'returned', drafter, 'agency_review', null],
    ['edit', 'returned', head, 'returned', null],
    ['approve', 'agency_review', head, 'office_review', 1],
    ['approve', 'office_review', officeStaff, 'final_review', 2],
    ['approve', 'final_review', officeHead, 'published', 3],
    ['return', 'agency_review', head, 'returned', 1],
    ['return', 'office_review', officeStaff, 'returned', 2],
    ['return', 'final_review', officeHead, 'returned', 3],
    ['withdraw', 'published', officeStaff, 'withdrawn', null],
    ['withdraw', 'published', officeHead, 'withdrawn', null],
  ] as const)('%s from %s by %o → %s', (action, from, actor, to, level) => {
    expect(reviewStep(action, item(from), actor)).toMatchObject({ to, level });
  });

  it.each([
    ['submit', 'agency_review', drafter, 'INTERPRETATION_UNDER_REVIEW'],
    ['submit', 'published', drafter, 'INTERPRETATION_ALREADY_APPROVED'],
    ['edit', 'office_review', drafter, 'INTERPRETATION_UNDER_REVIEW'],
    ['approve', 'draft', head, 'INTERPRETATION_NOT_SUBMITTED'],
    ['approve', 'returned', officeStaff, 'INTERPRETATION_NOT_SUBMITTED'],
    ['approve', 'published', officeHead, 'INTERPRETATION_ALREADY_APPROVED'],
    ['return', 'withdrawn', officeHead, 'INTERPRETATION_ALREADY_WITHDRAWN'],
    ['withdraw', 'final_review', officeHead, 'INTERPRETATION_UNDER_REVIEW'],
    ['withdraw', 'withdrawn', officeStaff, 'INTERPRETATION_ALREADY_WITHDRAWN'],
  ] as const)('refuses %s from %s with 409 naming the state (%s)', (action, from, actor, code) => {
    expect(codeOf(() => reviewStep(action, item(from), actor))).toBe(code);
    expect(ERROR_CODES[code].status).toBe(409);
  });

  it.each([
    ['approve', 'agency_review', drafter, 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL', 'the drafter is not a reviewer'],
    ['approve', 'agency_review', otherHead, 'INTERPRETATION_NOT_DRAFTING_AGENCY', 'another agency’s head'],
    ['approve', 'agency_review', officeStaff, 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL', 'level 2 at level 1'],
    ['approve', 'office_review', head, 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL', 'level 1 at level 2'],
    ['approve', 'office_review', officeHead, 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL', 'level 3 at level 2'],
    ['approve', 'final_review', officeStaff, 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL', 'level 2 at level 3'],
    ['return', 'final_review', admin, 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL', 'an admin'],
    ['submit', 'draft', officeStaff, 'INTERPRETATION_NOT_DRAFTING_AGENCY', 'the office does not draft for an agency'],
    ['edit', 'draft', otherHead, 'INTERPRETATION_NOT_DRAFTING_AGENCY', 'another agency'],
    ['withdraw', 'published', head, 'INTERPRETATION_WITHDRAWAL_OFFICE_ONLY', 'an agency'],
  ] as const)('refuses %s from %s by the wrong person with 403 (%s: %s)', (action, from, actor, code, _why) => {
    expect(codeOf(() => reviewStep(action, item(from), actor))).toBe(code);
    expect(ERROR_CODES[code].status).toBe(403);
  });

  it('never lets an author approve or return their own item, whatever roles they hold', () => {
    const both: ReviewActor = { id: 40, agencyId: AGENCY, roles: ['agency_staff', 'agency_head'] as StaffRole[] };
    expect(codeOf(() => reviewStep('approve', item('agency_review', both.id), both))).toBe('INTERPRETATION_OWN_DRAFT');
    expect(codeOf(() => reviewStep('return', item('agency_review', both.id), both))).toBe('INTERPRETATION_OWN_DRAFT');
    const officeAuthor: ReviewActor = { id: 41, agencyId: AGENCY, roles: ['office_staff'] };
    expect(codeOf(() => reviewStep('approve', item('office_review', officeAuthor.id), officeAuthor))).toBe('INTERPRETATION_OWN_DRAFT');
    expect(reviewStep('approve', item('agency_review', drafter.id), both).to).toBe('office_review');
  });

  it('answers with the refusal instead of throwing, for the buttons', () => {
    expect(checkReviewStep('approve', item('agency_review', head.id), head)).toEqual({
      refusal: { code: 'INTERPRETATION_OWN_DRAFT', message: '不能审核自己起草的解读' },
    });
    expect(checkReviewStep('submit', item('draft'), drafter)).toEqual({ step: { to: 'agency_review', level: null, role: 'agency_staff' } });
  });

  it('lists the steps a caller may take and the queue they work', () => {
    expect(allowedSteps(item('draft'), drafter)).toEqual(['edit', 'submit']);
    expect(allowedSteps(item('agency_review'), head)).toEqual(['approve', 'return']);
    expect(allowedSteps(item('agency_review'), drafter)).toEqual([]);
    expect(allowedSteps(item('published'), officeHead)).toEqual(['withdraw']);
    expect(allowedSteps(item('withdrawn'), officeHead)).toEqual([]);
    expect(allowedSteps(item('returned'), head)).toEqual(['edit', 'submit']);
    expect(reviewQueueStatuses(['office_staff'])).toEqual(['office_review']);
    expect(reviewQueueStatuses(['agency_staff', 'agency_head'])).toEqual(['agency_review']);
    expect(reviewQueueStatuses(['admin'])).toEqual([]);
  });
});
