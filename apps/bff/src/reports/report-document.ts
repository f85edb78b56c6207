import {
  ORGANISATION_KIND_LABELS,
  processingFeeSentence,
  REPORT_SECTION_HEADINGS,
  TABLE_FOUR_KINDS,
  TABLE_FOUR_RESULT_LABELS,
  TABLE_FOUR_RESULTS,
  TABLE_THREE_COLUMNS,
  TABLE_THREE_HEADINGS,
  type AnnualReport,
  type OrganisationKind,
  type TableThreeRow,
} from '@weimin/contracts';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PROCESSING_FEE_HEADER, TABLE_THREE_CORNER } from './report-workbook';

const ORGANISATION_KINDS = Object.keys(ORGANISATION_KIND_LABELS) as OrganisationKind[];

const text = (value: string, options: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, bold: options.bold, font: '仿宋', size: options.size ?? 28 });
const paragraph = (value: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number } = {}) =>
  new Paragraph({ alignment: options.align, spacing: { after: 120 }, children: [text(value, options)] });
const heading = (value: string) =>
  new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: value, bold: true, font: '黑体', size: 32 })] });
/** The office's text, one paragraph per line; a section nobody wrote says so rather than vanishing. */
const body = (value: string) =>
  value.trim()
    ? value
        .split(/\r?\n/)
        .filter((line) => line.trim())
        .map((line) => paragraph(line))
    : [paragraph('（暂无）')];

function cell(value: string | number, options: { columnSpan?: number; rowSpan?: number; bold?: boolean } = {}): TableCell {
  return new TableCell({
    columnSpan: options.columnSpan,
    rowSpan: options.rowSpan,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(String(value), { bold: options.bold, size: 20 })] })],
  });
}
const table = (rows: TableRow[]) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });

function tableTwo(report: AnnualReport): Table[] {
  const docs = (counts: { issued: number; repealed: number; inForce: number } | null) =>
    counts ? [counts.issued, counts.repealed, counts.inForce] : ['—', '—', '—'];
  const block = (title: string, header: string[], rows: (string | number)[][]) =>
    table([
      new TableRow({ children: [cell(title, { columnSpan: header.length, bold: true })] }),
      new TableRow({ children: header.map((h) => cell(h, { bold: true })) }),
      ...rows.map((row) => new TableRow({ children: row.map((v) => cell(v)) })),
    ]);
  return [
    block(
      '第二十条第（一）项',
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      [
        ['规章', ...docs(report.proactive.regulations)],
        ['行政规范性文件', ...docs(report.proactive.normativeDocuments)],
      ],
    ),
    block('第二十条第（五）项', ['信息内容', '本年处理决定数量'], [['行政许可', report.proactive.manual.licensing]]),
    block(
      '第二十条第（六）项',
      ['信息内容', '本年处理决定数量'],
      [
        ['行政处罚', report.proactive.manual.penalties],
        ['行政强制', report.proactive.manual.enforcement],
      ],
    ),
    block('第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'], [['行政事业性收费', report.proactive.manual.feesWanYuan]]),
  ];
}

/** 表三 as Word merges it: the corner note over three header rows, 三、本年度办理结果 down its rows, categories down their reasons. */
function tableThree(report: AnnualReport): Table {
  const rows: TableRow[] = [
    new TableRow({ children: [cell(TABLE_THREE_CORNER, { columnSpan: 3, rowSpan: 3 }), cell('申请人情况', { columnSpan: 7, bold: true })] }),
    new TableRow({
      children: [cell('自然人', { rowSpan: 2, bold: true }), cell('法人或其他组织', { columnSpan: 5, bold: true }), cell('总计', { rowSpan: 2, bold: true })],
    }),
    new TableRow({ children: ORGANISATION_KINDS.map((k) => cell(ORGANISATION_KIND_LABELS[k], { bold: true })) }),
  ];
  const numbers = (row: TableThreeRow) => TABLE_THREE_COLUMNS.map((c) => cell(row.cells ? row.cells[c] : ''));
  const resultRows = report.tableThree.filter((r) => r.level > 0 && r.cells !== null).length;
  let resultsOpen = false;
  let category = '';
  for (const row of report.tableThree) {
    if (row.key === 'results') {
      resultsOpen = true;
      continue;
    }
    const lead = () => {
      if (!resultsOpen) return [];
      resultsOpen = false;
      return [cell(TABLE_THREE_HEADINGS.results, { rowSpan: resultRows })];
    };
    if (row.level === 0) rows.push(new TableRow({ children: [cell(row.label, { columnSpan: 3 }), ...numbers(row)] }));
    else if (row.cells === null) category = row.label;
    else if (row.level === 2) {
      const [outcome, index] = row.key.split('.');
      const reasons = report.tableThree.filter((r) => r.key.startsWith(`${outcome}.`)).length;
      const categoryCell = index === '1' ? [cell(category, { rowSpan: reasons })] : [];
      rows.push(new TableRow({ children: [...lead(), ...categoryCell, cell(row.label), ...numbers(row)] }));
    } else rows.push(new TableRow({ children: [...lead(), cell(row.label, { columnSpan: 2 }), ...numbers(row)] }));
  }
  return table(rows);
}

function tableFour(report: AnnualReport): Table {
  const labels = TABLE_FOUR_RESULTS.map((r) => TABLE_FOUR_RESULT_LABELS[r]);
  return table([
    new TableRow({ children: [cell('行政复议', { columnSpan: 5, bold: true }), cell('行政诉讼', { columnSpan: 10, bold: true })] }),
    new TableRow({
      children: [
        ...labels.map((l) => cell(l, { rowSpan: 2, bold: true })),
        cell('未经复议直接起诉', { columnSpan: 5, bold: true }),
        cell('复议后起诉', { columnSpan: 5, bold: true }),
      ],
    }),
    new TableRow({ children: [...labels, ...labels].map((l) => cell(l, { bold: true })) }),
    new TableRow({ children: TABLE_FOUR_KINDS.flatMap((kind) => TABLE_FOUR_RESULTS.map((result) => cell(report.tableFour[kind][result]))) }),
  ]);
}

/** The whole report as a .docx in the official order and headings (国办公开办函〔2021〕30号), tables included. */
export async function renderReportDocument(report: AnnualReport): Promise<Buffer> {
  const figures = report.overview.figures;
  const stages = figures.interpretationsByStage.filter((s) => s.published > 0).map((s) => `${s.label}${s.published}篇`);
  const notices = figures.noticesBySection.map((s) => `${s.label}${s.published}条`);
  const title = report.title;
  const fees = report.processingFees;
  const document = new Document({
    creator: report.agencyName,
    title,
    sections: [
      {
        children: [
          paragraph(title, { bold: true, align: AlignmentType.CENTER, size: 36 }),
          heading(REPORT_SECTION_HEADINGS.overview),
          ...body(report.overview.text.text),
          paragraph(`本年发布政策解读：${stages.length > 0 ? stages.join('、') : '无'}（按生命周期阶段计）。`),
          paragraph(`公共企事业单位发布信息：${notices.join('、')}。`),
          paragraph(`留言办理：${figures.messages.summary}`),
          heading(REPORT_SECTION_HEADINGS.proactive),
          ...tableTwo(report).flatMap((t) => [t, paragraph('')]),
          heading(REPORT_SECTION_HEADINGS.applications),
          tableThree(report),
          ...(report.check.holds ? [] : report.check.columns.filter((c) => !c.holds).map((c) => paragraph(`勾稽关系不成立（${c.columnLabel}）：${c.problem}`))),
          heading(REPORT_SECTION_HEADINGS.remedies),
          tableFour(report),
          heading(REPORT_SECTION_HEADINGS.problems),
          ...body(report.problems.text),
          heading(REPORT_SECTION_HEADINGS.other),
          ...body(report.other.text),
          paragraph(processingFeeSentence(fees)),
          table([
            new TableRow({ children: PROCESSING_FEE_HEADER.map((h) => cell(h, { bold: true })) }),
            new TableRow({ children: ['信息处理费', fees.count, fees.amountWanYuan].map((v) => cell(v)) }),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
