import type { InterviewStatus, SolicitationStatus } from '@weimin/contracts';
import { formatDate, formatDateTime } from './datetime';

/** 意见征集 and 在线访谈 as citizens read them: days left, badge colours, the interview's time. */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long an open solicitation still takes opinions, in whole calendar days rounded up: 还剩 3 天 until its last
 * day, 今天截止 on it (less than a day left), 已截止 once `closesAt` has passed.
 */
export function daysLeftText(closesAt: string, now: Date): string {
  const left = new Date(closesAt).getTime() - now.getTime();
  if (Number.isNaN(left) || left <= 0) return '已截止';
  if (left < DAY_MS) return '今天截止';
  return `还剩 ${Math.ceil(left / DAY_MS)} 天`;
}

/** The badge's colour: taking part now, waiting for the agency, or finished. */
export type Tone = 'live' | 'open' | 'waiting' | 'done';

export function solicitationTone(status: SolicitationStatus): Tone {
  if (status === 'open') return 'open';
  if (status === 'feedback_published') return 'done';
  return 'waiting';
}

/** Citizens see a closed solicitation whose feedback is still in review as 已截止, not the office's inner steps. */
export function solicitationStatusText(status: SolicitationStatus): string {
  if (status === 'open') return '征集中';
  if (status === 'feedback_published') return '已反馈';
  return '已截止';
}

export function interviewTone(status: InterviewStatus): Tone {
  if (status === 'live') return 'live';
  if (status === 'collecting') return 'open';
  if (status === 'announced') return 'waiting';
  return 'done';
}

/** 2026-12-05 09:30–11:00, or both ends in full when it runs past midnight. */
export function interviewTimeText(startsAt: string, endsAt: string): string {
  const start = formatDateTime(startsAt);
  if (!start) return '';
  const end = formatDateTime(endsAt);
  if (!end) return start;
  return formatDate(startsAt) === formatDate(endsAt) ? `${start}–${end.slice(11)}` : `${start} 至 ${end}`;
}

/** 2026-11-01 至 2026-11-30: the period a solicitation takes opinions. */
export function periodText(opensAt: string, closesAt: string): string {
  return `${formatDate(opensAt)} 至 ${formatDate(closesAt)}`;
}
