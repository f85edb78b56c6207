import type { StaffInterviewQuestionView } from '@weimin/contracts';
import { answerableQuestions, eventNote, formatInterviewSpan, INTERVIEW_EVENT_LABELS, nextStep, pollDelayMs, questionsForModeration } from './interview-steps';

const question = (id: number, patch: Partial<StaffInterviewQuestionView>): StaffInterviewQuestionView => ({
  id,
  content: `问题${id}`,
  askerName: '张*',
  status: 'pending',
  visibility: 'shown',
  answeredSeq: null,
  messageId: null,
  askedAt: `2026-12-02T10:0${id}:00.000Z`,
  ...patch,
});

describe('interview steps in the console', () => {
  it('offers the one step forward the BFF allows', () => {
    expect(nextStep('announced', ['collect', 'edit'])?.step).toBe('collect');
    expect(nextStep('collecting', ['start'])?.label).toBe('开始直播');
    expect(nextStep('live', ['end', 'publish_entry'])?.label).toBe('结束访谈');
    expect(nextStep('live', ['publish_entry'])).toBeNull();
    expect(nextStep('ended', ['video'])).toBeNull();
  });

  it('polls often while live, seldom while collecting, never otherwise or when the page is hidden', () => {
    expect(pollDelayMs('live', true)).toBe(5_000);
    expect(pollDelayMs('collecting', true)).toBe(20_000);
    expect(pollDelayMs('announced', true)).toBeNull();
    expect(pollDelayMs('ended', true)).toBeNull();
    expect(pollDelayMs('live', false)).toBeNull();
  });

  it('lets the host take shown, unanswered questions, oldest first', () => {
    const questions = [
      question(3, {}),
      question(1, {}),
      question(2, { visibility: 'hidden' }),
      question(4, { visibility: 'held' }),
      question(5, { status: 'answered', answeredSeq: 1 }),
    ];
    expect(answerableQuestions(questions).map((q) => q.id)).toEqual([1, 3]);
  });

  it('puts held questions first for moderation, then the takeable, the hidden, and the answered last', () => {
    const questions = [
      question(1, { status: 'answered' }),
      question(2, {}),
      question(3, { visibility: 'held' }),
      question(4, {}),
      question(5, { visibility: 'hidden' }),
    ];
    expect(questionsForModeration(questions).map((q) => q.id)).toEqual([3, 4, 2, 5, 1]);
  });

  it('labels every history action and shows only the notes meant for people', () => {
    for (const action of ['create', 'edit', 'collect', 'start', 'end', 'video', 'publish_entry', 'moderate'])
      expect(INTERVIEW_EVENT_LABELS[action]).toBeTruthy();
    expect(eventNote('end', '转为留言 3 条')).toBe('转为留言 3 条');
    expect(eventNote('video', null)).toBe('已移除视频');
    expect(eventNote('moderate', 'question 5 hidden')).toBeNull();
    expect(eventNote('publish_entry', 'entry 2')).toBeNull();
  });

  it('writes a one-day span with its day once, in China time', () => {
    expect(formatInterviewSpan('2026-12-10T02:00:00.000Z', '2026-12-10T03:30:00.000Z')).toBe('2026-12-10 10:00–11:30');
    // 23:30 China time on the 10th to 00:30 on the 11th: two China days, though the same UTC day
    expect(formatInterviewSpan('2026-12-10T15:30:00.000Z', '2026-12-10T16:30:00.000Z')).toBe('2026-12-10 23:30 至 2026-12-11 00:30');
  });
});
