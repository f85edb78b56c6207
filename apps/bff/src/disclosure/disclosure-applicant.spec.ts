import { applicantNotice, applicantSteps, type StepFacts } from './disclosure-applicant';
import type { DisclosureEvent } from './disclosure-event.entity';

const step = (action: StepFacts['action'], toStatus: StepFacts['toStatus'], reason: string | null = null): StepFacts => ({
  action,
  fromStatus: null,
  toStatus,
  reason,
});

describe('applicantNotice', () => {
  it.each<[string, StepFacts, string | null]>([
    ['an application straight to its agency', step('submit', 'handling'), '已受理'],
    ['a 不确定 application, not yet', step('submit', 'routing'), null],
    ['…once the office routes it', step('route', 'handling'), '已受理'],
    ['a 补正 notice', step('correction', 'correction', '请写明年份'), '需补正'],
    ['an approved extension', step('extension-decision', 'handling', '同意：材料较多'), '已延期'],
    ['a refused extension', step('extension-decision', 'handling', '不同意'), null],
    ['an extension asked, not yet decided', step('extension', 'handling', '材料较多'), null],
    ['the reply sent', step('reply-approve', 'replied', '临人社依公开〔2026〕第1号'), '已答复'],
    ['the head passing a 不予公开 reply on to the office', step('reply-approve', 'office_review'), null],
    ['a 催办', step('chase', 'handling', '请尽快'), null],
  ])('%s', (_, facts, phrase) => {
    expect(applicantNotice(facts)).toBe(phrase);
  });

  it('fits WeChat’s 5-character phrase field', () => {
    for (const phrase of ['已受理', '需补正', '已延期', '已答复']) expect(Array.from(phrase).length).toBeLessThanOrEqual(5);
  });
});

describe('applicantSteps', () => {
  const event = (action: string, toStatus: StepFacts['toStatus'], reason: string | null = null) =>
    ({ at: new Date('2026-10-09T02:00:00Z'), action, toStatus, fromStatus: null, reason }) as DisclosureEvent;

  it('shows the applicant the 补正 words and the letter number, and leaves out drafts, returns and 催办', () => {
    expect(
      applicantSteps([
        event('submit', 'handling'),
        event('correction', 'correction', '请写明年份'),
        event('citizen-corrected', 'handling', '申请人在线补正'),
        event('chase', 'handling', '内部催办意见'),
        event('reply-draft', 'reply_review', '部分公开'),
        event('reply-return', 'handling', '内部退回意见'),
        event('extension-decision', 'handling', '不同意'),
        event('reply-approve', 'replied', '临人社依公开〔2026〕第1号'),
      ]),
    ).toEqual([
      { at: '2026-10-09T02:00:00.000Z', label: '在线提交申请', detail: null },
      { at: '2026-10-09T02:00:00.000Z', label: '请补正申请', detail: '请写明年份' },
      { at: '2026-10-09T02:00:00.000Z', label: '已在线补正，重新计算答复期限', detail: null },
      { at: '2026-10-09T02:00:00.000Z', label: '已答复', detail: '临人社依公开〔2026〕第1号' },
    ]);
  });
});
