import { SOLICITATION_STATUS_LABELS, type SolicitationStatus } from '@weimin/contracts';
import { Tag } from 'antd';
import { SOLICITATION_STATUS_COLORS } from './solicitation-status';

export function SolicitationStatusTag({ status }: { status: SolicitationStatus }) {
  return <Tag color={SOLICITATION_STATUS_COLORS[status]}>{SOLICITATION_STATUS_LABELS[status] ?? status}</Tag>;
}
