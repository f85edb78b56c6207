import type { DisclosureAction, StaffRole } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';
import { allowedDisclosureActions, citizenCorrectionStep, disclosureStep, type DisclosureActor, type DisclosureFacts } from './disclosure-transitions';

const HRSS = 2;
const EDU = 3;
const OFFICE = 1;
const actor = (agencyId: number, ...roles: StaffRole[]): DisclosureActor => ({ id: 100, agencyId, roles });
const hrss = actor(HRSS, 'agency_staff');
const hrssHead = actor(HRSS, 'agency_head');
const eduHead = actor(EDU, 'agency_head');
const office = actor(OFFICE, 'office_staff');
const officeHead = actor(OFFICE, 'office_head');

const facts = (overrides: Partial<DisclosureFacts> = {}): DisclosureFacts => ({
  status: 'handling',
  agencyId: HRSS,
  today: '2026-10-09',
  correctionNoticed: false,
  correctionWindowEnd: '2026-10-12',
  correctBy: null,
  extensionAsked: false,
  extensionPending: false,
  delivered: false,
  replyNeedsOffice: false,
  ...overrides,
});

function refusal(action: DisclosureAction, f: DisclosureFacts, a: DisclosureActor): { status: number; code: string } {
  try {
    disclosureStep(action, f, a);
  } catch (error) {
    if (!(error instanceof DomainException)) throw error;
    return { status: error.code === 'FORBIDDEN' ? 403 : 409, code: error.code };
  }
  throw new Error(`${action} was allowed`);
}

describe('disclosureStep', () => {
  it.each<[string, DisclosureAction, Partial<DisclosureFacts>, DisclosureActor, string]>([
    ['the office routes a 不确定 application', 'route', { status: 'routing', agencyId: null }, office, 'handling'],
    ['the agency sends the 补正 notice within 7 working days', 'correction', {}, hrss, 'correction'],
    ['a corrected application goes back to handling', 'corrected', { status: 'correction', correctionNoticed: true }, hrss, 'handling'],
    ['no correction by the deadline ends the application', 'correction-lapsed', { status: 'correction', correctBy: '2026-10-08' }, office, 'closed'],
    ['the agency consults a third party', 'pause', {}, hrss, 'paused'],
    ['…and resumes', 'resume', { status: 'paused' }, hrss, 'handling'],
    ['the agency asks for the one extension', 'extension', {}, hrss, 'handling'],
    ['the office head decides it', 'extension-decision', { extensionAsked: true, extensionPending: true }, officeHead, 'handling'],
    ['the agency drafts the reply', 'reply-draft', {}, hrss, 'reply_review'],
    ['the agency head approves it: sent', 'reply-approve', { status: 'reply_review' }, hrssHead, 'replied'],
    ['…or, for 不予公开 when configured, on to the office', 'reply-approve', { status: 'reply_review', replyNeedsOffice: true }, hrssHead, 'office_review'],
    ['the office approves then', 'reply-approve', { status: 'office_review' }, office, 'replied'],
    ['the agency head returns a draft', 'reply-return', { status: 'reply_review' }, hrssHead, 'handling'],
    ['the agency records the delivery', 'delivery', { status: 'replied' }, hrss, 'replied'],
    ['the office records a 复议', 'remedy', { status: 'replied' }, office, 'replied'],
    ['the office chases the agency (催办)', 'chase', { status: 'reply_review' }, office, 'reply_review'],
  ])('%s', (_name, action, overrides, who, to) => {
    expect(disclosureStep(action, facts(overrides), who)).toBe(to);
  });

  it.each<[string, DisclosureAction, Partial<DisclosureFacts>, DisclosureActor, { status: number; code: string }]>([
    ['an agency cannot route', 'route', { status: 'routing', agencyId: null }, hrss, { status: 403, code: 'FORBIDDEN' }],
    ['routing a routed application', 'route', {}, office, { status: 409, code: 'CONFLICT' }],
    ['a second 补正 notice', 'correction', { correctionNoticed: true }, hrss, { status: 409, code: 'DISCLOSURE_CORRECTION_ALREADY_USED' }],
    ['a 补正 notice after the 7th working day', 'correction', { today: '2026-10-13' }, hrss, { status: 409, code: 'DISCLOSURE_CORRECTION_WINDOW_PASSED' }],
    ['the office cannot send the 补正 notice', 'correction', {}, office, { status: 403, code: 'FORBIDDEN' }],
    [
      'ending before the correction period ran out',
      'correction-lapsed',
      { status: 'correction', correctBy: '2026-10-09' },
      office,
      { status: 409, code: 'DISCLOSURE_CORRECTION_NOT_DUE' },
    ],
    ['a second extension', 'extension', { extensionAsked: true }, hrss, { status: 409, code: 'DISCLOSURE_EXTENSION_ALREADY_USED' }],
    ['office staff deciding an extension', 'extension-decision', { extensionAsked: true, extensionPending: true }, office, { status: 403, code: 'FORBIDDEN' }],
    ['deciding when none is pending', 'extension-decision', {}, officeHead, { status: 409, code: 'CONFLICT' }],
    ['agency staff approving the reply', 'reply-approve', { status: 'reply_review' }, hrss, { status: 403, code: 'FORBIDDEN' }],
    ["another agency's head approving the reply", 'reply-approve', { status: 'reply_review' }, eduHead, { status: 403, code: 'FORBIDDEN' }],
    ['approving a reply not drafted', 'reply-approve', {}, hrssHead, { status: 409, code: 'CONFLICT' }],
    ['drafting during a 补正', 'reply-draft', { status: 'correction' }, hrss, { status: 409, code: 'CONFLICT' }],
    ['a second delivery record', 'delivery', { status: 'replied', delivered: true }, hrss, { status: 409, code: 'CONFLICT' }],
    ['an agency recording a 复议', 'remedy', { status: 'replied' }, hrssHead, { status: 403, code: 'FORBIDDEN' }],
    ['an agency chasing', 'chase', {}, hrssHead, { status: 403, code: 'FORBIDDEN' }],
    ['chasing a finished application', 'chase', { status: 'replied' }, office, { status: 409, code: 'CONFLICT' }],
  ])('refuses %s', (_name, action, overrides, who, expected) => {
    expect(refusal(action, facts(overrides), who)).toEqual(expected);
  });

  it('lists what each caller may do now', () => {
    expect(allowedDisclosureActions(facts(), hrss).sort()).toEqual(['correction', 'extension', 'pause', 'reply-draft']);
    expect(allowedDisclosureActions(facts({ status: 'reply_review' }), hrssHead)).toEqual(['reply-approve', 'reply-return']);
    expect(allowedDisclosureActions(facts({ status: 'routing', agencyId: null }), office)).toEqual(['route']);
    expect(allowedDisclosureActions(facts(), office)).toEqual(['chase']);
  });
});

describe('citizenCorrectionStep', () => {
  it('lets the applicant correct while a 补正 is awaited, up to and including the last day, and restarts handling', () => {
    expect(citizenCorrectionStep(facts({ status: 'correction', correctionNoticed: true, correctBy: '2026-10-09' }))).toBe('handling');
  });

  it.each<[string, Partial<DisclosureFacts>]>([
    ['no 补正 asked', { status: 'handling' }],
    ['already corrected', { status: 'handling', correctionNoticed: true }],
    ['ended', { status: 'closed', correctionNoticed: true }],
    ['the period ran out', { status: 'correction', correctionNoticed: true, correctBy: '2026-10-08' }],
  ])('refuses with 409 when %s', (_, overrides) => {
    expect(() => citizenCorrectionStep(facts(overrides))).toThrow(expect.objectContaining({ code: 'CONFLICT' }) as Error);
  });
});
