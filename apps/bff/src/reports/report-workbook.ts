import {
  ORGANISATION_KIND_LABELS,
  TABLE_FOUR_KINDS,
  TABLE_FOUR_RESULT_LABELS,
  TABLE_FOUR_RESULTS,
  TABLE_THREE_COLUMNS,
  TABLE_THREE_HEADINGS,
  type AnnualReport,
  type OrganisationKind,
  type TableThreeRow,
} from '@weimin/contracts';
import ExcelJS from 'exceljs';

/** The note the official table 三 carries in its corner (国办公开办函〔2021〕30号). */
export const TABLE_THREE_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const TABLE_TWO_TITLE = '二、主动公开政府信息情况';
export const TABLE_THREE_TITLE = '三、收到和处理政府信息公开申请情况';
export const TABLE_FOUR_TITLE = '四、政府信息公开行政复议、行政诉讼情况';
export const OTHER_MATTERS_TITLE = '六、其他需要报告的事项';
/** 六's 信息处理费 row: the official table's unit is 万元. */
export const PROCESSING_FEE_HEADER = ['信息内容', '本年收取件数', '本年收取金额（单位：万元）'];
const ORGANISATION_KINDS = Object.keys(ORGANISATION_KIND_LABELS) as OrganisationKind[];

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function frame(sheet: ExcelJS.Worksheet, fromRow: number, toRow: number, columns: number): void {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = THIN;
      cell.alignment = { vertical: 'middle', horizontal: typeof cell.value === 'number' ? 'center' : cell.alignment?.horizontal, wrapText: true };
    }
  }
}

function title(sheet: ExcelJS.Worksheet, text: string, columns: number, caption: string): number {
  sheet.addRow([`${caption}${text}`]);
  const row = sheet.lastRow!.number;
  sheet.mergeCells(row, 1, row, columns);
  sheet.getCell(row, 1).font = { bold: true, size: 14 };
  return row + 1;
}

/** 表二: documents issued, repealed and in force; then the entered decisions and fees. */
function tableTwo(workbook: ExcelJS.Workbook, report: AnnualReport, caption: string): void {
  const sheet = workbook.addWorksheet('表二 主动公开');
  let start = title(sheet, TABLE_TWO_TITLE, 4, caption);
  const docs = (counts: { issued: number; repealed: number; inForce: number } | null) =>
    counts ? [counts.issued, counts.repealed, counts.inForce] : ['—', '—', '—'];
  const block = (heading: string, header: string[], rows: (string | number)[][]) => {
    sheet.addRow([heading]);
    sheet.mergeCells(start, 1, start, 4);
    sheet.addRow(header);
    for (const row of rows) sheet.addRow(row);
    frame(sheet, start, sheet.lastRow!.number, header.length);
    sheet.getRow(start + 1).font = { bold: true };
    start = sheet.lastRow!.number + 1;
  };
  block(
    '第二十条第（一）项',
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    [
      ['规章', ...docs(report.proactive.regulations)],
      ['行政规范性文件', ...docs(report.proactive.normativeDocuments)],
    ],
  );
  block('第二十条第（五）项', ['信息内容', '本年处理决定数量'], [['行政许可', report.proactive.manual.licensing]]);
  block(
    '第二十条第（六）项',
    ['信息内容', '本年处理决定数量'],
    [
      ['行政处罚', report.proactive.manual.penalties],
      ['行政强制', report.proactive.manual.enforcement],
    ],
  );
  block('第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'], [['行政事业性收费', report.proactive.manual.feesWanYuan]]);
  sheet.getColumn(1).width = 24;
  for (let c = 2; c <= 4; c++) sheet.getColumn(c).width = 16;
}

/**
 * 表三 with the official merged header (申请人情况 over 自然人, 法人或其他组织 with its five kinds, 总计) and the three label
 * columns: 三、本年度办理结果 spans its rows, each category with reasons spans its reasons.
 */
function tableThree(workbook: ExcelJS.Workbook, report: AnnualReport, caption: string): void {
  const sheet = workbook.addWorksheet('表三 依申请公开');
  const first = title(sheet, TABLE_THREE_TITLE, 10, caption);
  sheet.addRow([TABLE_THREE_CORNER, '', '', '申请人情况']);
  sheet.addRow(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']);
  sheet.addRow(['', '', '', '', ...ORGANISATION_KINDS.map((k) => ORGANISATION_KIND_LABELS[k]), '']);
  sheet.mergeCells(first, 1, first + 2, 3);
  sheet.mergeCells(first, 4, first, 10);
  sheet.mergeCells(first + 1, 4, first + 2, 4);
  sheet.mergeCells(first + 1, 5, first + 1, 9);
  sheet.mergeCells(first + 1, 10, first + 2, 10);
  for (let r = first; r <= first + 2; r++) sheet.getRow(r).font = { bold: true };

  const numbers = (row: TableThreeRow) => (row.cells ? TABLE_THREE_COLUMNS.map((c) => row.cells![c]) : []);
  const reasonCount = (category: string) => report.tableThree.filter((r) => r.key.startsWith(`${category}.`)).length;
  let resultsStart = 0;
  let categoryStart = 0;
  let category = '';
  // Column A says 三、本年度办理结果 once, on the first result row; the merge spans it down to 总计.
  const resultsLabel = () => (sheet.rowCount + 1 === resultsStart ? TABLE_THREE_HEADINGS.results : '');
  for (const row of report.tableThree) {
    if (row.key === 'results') {
      resultsStart = sheet.rowCount + 1;
    } else if (row.level === 0) {
      sheet.addRow([row.label, '', '', ...numbers(row)]);
      sheet.mergeCells(sheet.rowCount, 1, sheet.rowCount, 3);
    } else if (row.cells === null) {
      category = row.label;
    } else if (row.level === 2) {
      const [outcome, index] = row.key.split('.');
      sheet.addRow([resultsLabel(), index === '1' ? category : '', row.label, ...numbers(row)]);
      if (index === '1') categoryStart = sheet.rowCount;
      if (Number(index) === reasonCount(outcome)) sheet.mergeCells(categoryStart, 2, sheet.rowCount, 2);
    } else {
      sheet.addRow([resultsLabel(), row.label, '', ...numbers(row)]);
      sheet.mergeCells(sheet.rowCount, 2, sheet.rowCount, 3);
      if (row.key === 'total') sheet.mergeCells(resultsStart, 1, sheet.rowCount, 1);
    }
  }
  frame(sheet, first, sheet.rowCount, 10);
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 22;
  sheet.getColumn(3).width = 36;
  for (let c = 4; c <= 10; c++) sheet.getColumn(c).width = 12;
  if (!report.check.holds) {
    sheet.addRow([]);
    for (const column of report.check.columns.filter((c) => !c.holds)) sheet.addRow([`勾稽关系不成立（${column.columnLabel}）：${column.problem}`]);
  }
}

/** 表四: 行政复议 (five columns) and 行政诉讼 split into 未经复议直接起诉 and 复议后起诉 (five each). */
function tableFour(workbook: ExcelJS.Workbook, report: AnnualReport, caption: string): void {
  const sheet = workbook.addWorksheet('表四 复议诉讼');
  const first = title(sheet, TABLE_FOUR_TITLE, 15, caption);
  const labels = TABLE_FOUR_RESULTS.map((r) => TABLE_FOUR_RESULT_LABELS[r]);
  sheet.addRow(['行政复议', '', '', '', '', '行政诉讼']);
  sheet.addRow([...labels, '未经复议直接起诉', '', '', '', '', '复议后起诉']);
  sheet.addRow(['', '', '', '', '', ...labels, ...labels]);
  sheet.mergeCells(first, 1, first, 5);
  sheet.mergeCells(first, 6, first, 15);
  for (let c = 1; c <= 5; c++) sheet.mergeCells(first + 1, c, first + 2, c);
  sheet.mergeCells(first + 1, 6, first + 1, 10);
  sheet.mergeCells(first + 1, 11, first + 1, 15);
  for (let r = first; r <= first + 2; r++) sheet.getRow(r).font = { bold: true };
  sheet.addRow(TABLE_FOUR_KINDS.flatMap((kind) => TABLE_FOUR_RESULTS.map((result) => report.tableFour[kind][result])));
  frame(sheet, first, sheet.rowCount, 15);
  for (let c = 1; c <= 15; c++) sheet.getColumn(c).width = 10;
}

/** 六: the 信息处理费 charged in the year (国办函〔2020〕109号), count and 万元. */
function processingFees(workbook: ExcelJS.Workbook, report: AnnualReport, caption: string): void {
  const sheet = workbook.addWorksheet('六 信息处理费');
  const first = title(sheet, OTHER_MATTERS_TITLE, 3, caption);
  sheet.addRow(PROCESSING_FEE_HEADER);
  sheet.addRow(['信息处理费', report.processingFees.count, report.processingFees.amountWanYuan]);
  frame(sheet, first, sheet.rowCount, 3);
  sheet.getRow(first).font = { bold: true };
  sheet.getColumn(1).width = 24;
  for (let c = 2; c <= 3; c++) sheet.getColumn(c).width = 26;
}

/** The report's tables 二、三、四 and 六's fee figures as one .xlsx (ExcelJS, as the statistics export), with the official merged headers. */
export async function writeReportWorkbook(report: AnnualReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Weimin';
  workbook.created = new Date(report.generatedAt);
  const caption = `${report.agencyName}${report.year}年度 `;
  tableTwo(workbook, report, caption);
  tableThree(workbook, report, caption);
  tableFour(workbook, report, caption);
  processingFees(workbook, report, caption);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
