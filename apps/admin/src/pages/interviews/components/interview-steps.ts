import type { InterviewAction, InterviewStatus, InterviewStep, StaffInterviewQuestionView } from '@weimin/contracts';

/** The one step forward from each state, as the console's button says it; none once it has ended. */
const NEXT_STEPS: Record<InterviewStatus, { step: InterviewStep; label: string; confirm: string } | null> = {
  announced: { step: 'collect', label: '开始征集问题', confirm: '开始后市民可在小程序提交问题。' },
  collecting: { step: 'start', label: '开始直播', confirm: '开始后可发布问答和主持人发言，市民仍可提问。' },
  live: { step: 'end', label: '结束访谈', confirm: '结束后不再发布实录；未答复的问题将转为留言交嘉宾单位办理。' },
  ended: null,
};

/** The next step if the caller may take it now (the BFF's `allowedActions` decides). */
export function nextStep(status: InterviewStatus, allowed: readonly InterviewAction[]) {
  const next = NEXT_STEPS[status];
  return next && allowed.includes(next.step) ? next : null;
}

/** How often the console re-reads a running interview: often while live, now and then while questions come in. */
export function pollDelayMs(status: InterviewStatus, pageVisible: boolean): number | null {
  if (!pageVisible) return null;
  if (status === 'live') return 5_000;
  if (status === 'collecting') return 20_000;
  return null;
}

/** The questions the host may take: shown and not yet answered, oldest first. */
export function answerableQuestions(questions: readonly StaffInterviewQuestionView[]): StaffInterviewQuestionView[] {
  return questions.filter((q) => q.visibility === 'shown' && q.status === 'pending').sort((a, b) => a.askedAt.localeCompare(b.askedAt) || a.id - b.id);
}

/**
 * Questions by what the office has to do with them, newest first within each: held ones (they wait for a look), those
 * the host may take, the hidden, then those answered or turned into messages.
 */
export function questionsForModeration(questions: readonly StaffInterviewQuestionView[]): StaffInterviewQuestionView[] {
  const rank = (q: StaffInterviewQuestionView) => (q.status !== 'pending' ? 3 : q.visibility === 'held' ? 0 : q.visibility === 'shown' ? 1 : 2);
  return [...questions].sort((a, b) => rank(a) - rank(b) || b.askedAt.localeCompare(a.askedAt) || b.id - a.id);
}

/** 办理记录 labels of the history's actions (InterviewAction, and `create`). */
export const INTERVIEW_EVENT_LABELS: Record<string, string> = {
  create: '安排访谈',
  edit: '修改访谈',
  collect: '开始征集问题',
  start: '开始直播',
  end: '结束访谈',
  video: '设置视频',
  publish_entry: '发布实录',
  moderate: '屏蔽或显示问题',
};

/** The note worth showing beside an event: what ending did with the questions, the video set; others are internal. */
export function eventNote(action: string, note: string | null): string | null {
  if (action === 'end') return note;
  if (action === 'video') return note ?? '已移除视频';
  return null;
}

const CHINA_MINUTE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** YYYY-MM-DD and HH:mm in China time, where interviews take place whatever the browser's clock says. */
function chinaMinute(iso: string): { day: string; time: string } {
  const parts = Object.fromEntries(CHINA_MINUTE.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** An interview's planned span for lists: one day written once (2026-12-10 10:00–11:30), or both ends in full. */
export function formatInterviewSpan(startsAt: string, endsAt: string): string {
  const start = chinaMinute(startsAt);
  const end = chinaMinute(endsAt);
  return start.day === end.day ? `${start.day} ${start.time}–${end.time}` : `${start.day} ${start.time} 至 ${end.day} ${end.time}`;
}
