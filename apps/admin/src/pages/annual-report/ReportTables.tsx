import {
  ORGANISATION_KIND_LABELS,
  TABLE_FOUR_KINDS,
  TABLE_FOUR_RESULT_LABELS,
  TABLE_FOUR_RESULTS,
  TABLE_THREE_COLUMNS,
  TABLE_THREE_HEADINGS,
  type AnnualReport,
  type TableThreeRow,
} from '@weimin/contracts';

const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** 表三 with the official merged header and label columns, the same layout as the .xlsx and .docx. */
export function TableThree({ report }: { report: AnnualReport }) {
  const resultRows = report.tableThree.filter((r) => r.level > 0 && r.cells !== null).length;
  const numbers = (row: TableThreeRow) => TABLE_THREE_COLUMNS.map((c) => <td key={c}>{row.cells?.[c]}</td>);
  let resultsOpen = false;
  let category = '';
  const body: JSX.Element[] = [];
  for (const row of report.tableThree) {
    if (row.key === 'results') {
      resultsOpen = true;
      continue;
    }
    const lead = resultsOpen && row.level > 0 && row.cells !== null;
    if (lead) resultsOpen = false;
    const leadCell = lead ? (
      <td className="label" rowSpan={resultRows}>
        {TABLE_THREE_HEADINGS.results}
      </td>
    ) : null;
    if (row.level === 0) {
      body.push(
        <tr key={row.key} data-row={row.key}>
          <td className="label" colSpan={3}>
            {row.label}
          </td>
          {numbers(row)}
        </tr>,
      );
    } else if (row.cells === null) {
      category = row.label;
    } else if (row.level === 2) {
      const [outcome, index] = row.key.split('.');
      const reasons = report.tableThree.filter((r) => r.key.startsWith(`${outcome}.`)).length;
      body.push(
        <tr key={row.key} data-row={row.key}>
          {leadCell}
          {index === '1' ? (
            <td className="label" rowSpan={reasons}>
              {category}
            </td>
          ) : null}
          <td className="label">{row.label}</td>
          {numbers(row)}
        </tr>,
      );
    } else {
      body.push(
        <tr key={row.key} data-row={row.key}>
          {leadCell}
          <td className="label" colSpan={2}>
            {row.label}
          </td>
          {numbers(row)}
        </tr>,
      );
    }
  }
  return (
    <table className="annual-report-table" aria-label="表三">
      <thead>
        <tr>
          <th colSpan={3} rowSpan={3}>
            {CORNER}
          </th>
          <th colSpan={7}>申请人情况</th>
        </tr>
        <tr>
          <th rowSpan={2}>自然人</th>
          <th colSpan={5}>法人或其他组织</th>
          <th rowSpan={2}>总计</th>
        </tr>
        <tr>
          {Object.values(ORGANISATION_KIND_LABELS).map((label) => (
            <th key={label}>{label}</th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}

/** 表四: the fifteen columns. */
export function TableFour({ report }: { report: AnnualReport }) {
  const labels = TABLE_FOUR_RESULTS.map((r) => TABLE_FOUR_RESULT_LABELS[r]);
  return (
    <table className="annual-report-table" aria-label="表四">
      <thead>
        <tr>
          <th colSpan={5}>行政复议</th>
          <th colSpan={10}>行政诉讼</th>
        </tr>
        <tr>
          {labels.map((label) => (
            <th key={label} rowSpan={2}>
              {label}
            </th>
          ))}
          <th colSpan={5}>未经复议直接起诉</th>
          <th colSpan={5}>复议后起诉</th>
        </tr>
        <tr>
          {[...labels, ...labels].map((label, i) => (
            <th key={i}>{label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {TABLE_FOUR_KINDS.flatMap((kind) =>
            TABLE_FOUR_RESULTS.map((result) => (
              <td key={`${kind}.${result}`} data-cell={`${kind}.${result}`}>
                {report.tableFour[kind][result]}
              </td>
            )),
          )}
        </tr>
      </tbody>
    </table>
  );
}
