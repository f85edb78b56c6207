import { AGENCY_KIND_LABELS, AgencyKind, type AgencyView } from '@weimin/contracts';
import { Select } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { listAgencies } from '../api/agencies';
import { useApiData } from '../hooks/useApiData';

/**
 * Picks an active agency from the public directory, grouped by kind: the office itself, departments, townships and
 * public enterprises (any of them may be given a message). `exclude` leaves out agencies that make no sense here,
 * e.g. the one a message is already with when it is reassigned. Form.Item passes `value`, `onChange` and the id.
 */
const NONE: readonly number[] = [];

export function AgencySelect({
  exclude = NONE,
  kind,
  ...props
}: {
  id?: string;
  value?: number;
  onChange?: (value: number | undefined) => void;
  exclude?: readonly (number | null)[];
  /** Only agencies of this kind (e.g. public enterprises for notices). */
  kind?: AgencyKind;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  const agencies = useApiData((signal) => listAgencies(kind ? { kind } : {}, signal), [kind]);
  const options = useMemo(() => groupByKind(agencies.data ?? [], exclude), [agencies.data, exclude]);

  return (
    <Select<number>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="选择承办单位"
      loading={agencies.loading}
      notFoundContent={agencies.error ? `机构加载失败：${agencies.error.message}` : undefined}
      options={options}
      {...props}
    />
  );
}

function groupByKind(agencies: readonly AgencyView[], exclude: readonly (number | null)[]) {
  return Object.values(AgencyKind)
    .map((kind) => ({
      label: AGENCY_KIND_LABELS[kind],
      title: AGENCY_KIND_LABELS[kind],
      options: agencies.filter((agency) => agency.kind === kind && !exclude.includes(agency.id)).map((agency) => ({ value: agency.id, label: agency.name })),
    }))
    .filter((group) => group.options.length > 0);
}
