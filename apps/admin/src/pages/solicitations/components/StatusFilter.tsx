import { SOLICITATION_STATUS_LABELS, SolicitationStatus } from '@weimin/contracts';
import { Select } from 'antd';

const OPTIONS = Object.values(SolicitationStatus).map((value) => ({ value, label: SOLICITATION_STATUS_LABELS[value] }));

/** 按状态筛选, every state of the solicitation and of its feedback. */
export function StatusFilter({ value, onChange }: { value?: SolicitationStatus; onChange: (value: SolicitationStatus | undefined) => void }) {
  return (
    <Select<SolicitationStatus>
      aria-label="按状态筛选"
      placeholder="状态"
      allowClear
      style={{ width: 200 }}
      value={value}
      onChange={onChange}
      options={OPTIONS}
    />
  );
}
