import { INTERVIEW_STATUS_LABELS, type InterviewStatus } from '@weimin/contracts';
import { Tag } from 'antd';

const COLORS: Record<InterviewStatus, string> = { announced: 'default', collecting: 'processing', live: 'error', ended: 'success' };

export function InterviewStatusTag({ status }: { status: InterviewStatus }) {
  return <Tag color={COLORS[status]}>{INTERVIEW_STATUS_LABELS[status] ?? status}</Tag>;
}
