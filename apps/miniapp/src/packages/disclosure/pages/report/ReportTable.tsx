import { View } from '@tarojs/components';

/** The H5 build's ARIA for the table's parts (WeChat's views ignore them). */
const aria = (role: string, extra: Record<string, string | number> = {}) => (process.env.TARO_ENV === 'h5' ? { role, ...extra } : {});

export interface ReportTableProps {
  /** Names the table for screen readers and the scroll box. */
  caption: string;
  columns: readonly string[];
  rows: ReadonlyArray<{ key: string; label: string; level?: number; cells: ReadonlyArray<number | string> | null }>;
}

/**
 * One of the report's tables on a phone: the first column is the row's label, the figures follow; wider than the
 * screen, it scrolls sideways inside its own box (reachable by Tab on H5), never the page.
 */
export function ReportTable({ caption, columns, rows }: ReportTableProps) {
  return (
    <View className="report-table" {...aria('region', { 'aria-label': caption, tabIndex: 0 })}>
      <View className="report-table__grid" {...aria('table', { 'aria-label': caption })}>
        <View className="report-table__row report-table__row--head" {...aria('row')}>
          <View className="report-table__cell report-table__cell--label" {...aria('columnheader')}>
            项目
          </View>
          {columns.map((column) => (
            <View key={column} className="report-table__cell" {...aria('columnheader')}>
              {column}
            </View>
          ))}
        </View>
        {rows.map((row) => (
          <View key={row.key} className="report-table__row" {...aria('row')}>
            <View className={`report-table__cell report-table__cell--label report-table__cell--level${row.level ?? 0}`} {...aria('rowheader')}>
              {row.label}
            </View>
            {columns.map((column, index) => (
              <View key={column} className="report-table__cell" {...aria('cell')}>
                {row.cells ? String(row.cells[index]) : ''}
              </View>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}
