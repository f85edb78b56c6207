import { INTERPRETATION_STATUS_LABELS, type InterpretationStatus } from '@weimin/contracts';
import { Tag } from 'antd';

const COLORS: Record<InterpretationStatus, string> = {
  draft: 'default',
  agency_review: 'processing',
  office_review: 'processing',
  final_review: 'processing',
  returned: 'warning',
  published: 'success',
  withdrawn: 'default',
};

export function InterpretationStatusTag({ status }: { status: InterpretationStatus }) {
  return <Tag color={COLORS[status]}>{INTERPRETATION_STATUS_LABELS[status] ?? status}</Tag>;
}
