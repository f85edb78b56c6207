import { ErrorCode, type InterviewAction, type InterviewStatus } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';
import { acceptsQuestions, allowedInterviewActions, checkInterviewAction, interviewActionTarget, officeRoleOf, validSpan } from './interview-transitions';

const STATUSES: InterviewStatus[] = ['announced', 'collecting', 'live', 'ended'];

describe('interview state rules', () => {
  it('moves one step forward at a time and never back', () => {
    const table = STATUSES.map((status) => [status, (['collect', 'start', 'end'] as const).map((step) => checkInterviewAction(step, status)?.to ?? '-')]);
    expect(table).toEqual([
      ['announced', ['collecting', '-', '-']],
      ['collecting', ['-', 'live', '-']],
      ['live', ['-', '-', 'ended']],
      ['ended', ['-', '-', '-']],
    ]);
  });

  it('opens edits before it is live, the transcript while live, the video from live on, moderation once questions come', () => {
    const openIn = (action: InterviewAction) => STATUSES.filter((status) => checkInterviewAction(action, status));
    expect(openIn('edit')).toEqual(['announced', 'collecting']);
    expect(openIn('publish_entry')).toEqual(['live']);
    expect(openIn('video')).toEqual(['live', 'ended']);
    expect(openIn('moderate')).toEqual(['collecting', 'live', 'ended']);
    expect(interviewActionTarget('edit', 'collecting')).toBe('collecting');
  });

  it('refuses from the wrong state with 409 naming the state', () => {
    const refusal = (() => {
      try {
        interviewActionTarget('edit', 'live');
      } catch (error) {
        return error as DomainException;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainException);
    expect(refusal!.code).toBe(ErrorCode.InterviewWrongState);
    expect(refusal!.message).toContain('直播中');
  });

  it('takes questions while collecting and live only', () => {
    expect(STATUSES.filter(acceptsQuestions)).toEqual(['collecting', 'live']);
  });

  it('gives the office its buttons and the guest agency none', () => {
    expect(allowedInterviewActions('live', ['office_staff'])).toEqual(['end', 'video', 'publish_entry', 'moderate']);
    expect(allowedInterviewActions('announced', ['office_head'])).toEqual(['edit', 'collect']);
    expect(allowedInterviewActions('live', ['agency_staff', 'agency_head'])).toEqual([]);
    expect(officeRoleOf(['admin'])).toBeNull();
    expect(officeRoleOf(['agency_head', 'office_head'])).toBe('office_head');
  });

  it('wants the planned end after the start', () => {
    expect(validSpan(new Date('2026-12-10T02:00:00Z'), new Date('2026-12-10T03:00:00Z'))).toBe(true);
    expect(validSpan(new Date('2026-12-10T02:00:00Z'), new Date('2026-12-10T02:00:00Z'))).toBe(false);
  });
});
