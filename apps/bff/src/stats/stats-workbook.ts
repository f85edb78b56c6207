import ExcelJS from 'exceljs';

/** One column of a sheet: its header and how to read a row's cell. Rates are fractions shown as percentages. */
export interface SheetColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
  format?: 'percent' | 'decimal';
  width?: number;
}

/** One sheet of a statistics workbook. Each feature contributes its sheets; the workbook only lays them out. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of sheets mixes row types; each sheet's columns are checked against its rows where it is built
export interface StatsSheet<T = any> {
  name: string;
  /** Lines above the table (a title, the summary sentence, the filters). */
  notes?: string[];
  columns: Array<SheetColumn<T>>;
  rows: readonly T[];
}

const FORMATS = { percent: '0.0%', decimal: '0.0' } as const;

/** Writes sheets into one .xlsx file: notes on top, a bold header row, then one row per item. */
export async function writeStatsWorkbook(sheets: readonly StatsSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Weimin';
  workbook.created = new Date();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const note of sheet.notes ?? []) worksheet.addRow([note]);
    if (sheet.notes?.length) worksheet.addRow([]);
    const header = worksheet.addRow(sheet.columns.map((column) => column.header));
    header.font = { bold: true };
    for (const item of sheet.rows) worksheet.addRow(sheet.columns.map((column) => column.value(item)));
    sheet.columns.forEach((column, index) => {
      const cells = worksheet.getColumn(index + 1);
      cells.width = column.width ?? Math.max(10, column.header.length * 2 + 2);
      if (column.format) {
        const first = header.number + 1;
        for (let row = first; row < first + sheet.rows.length; row++) worksheet.getCell(row, index + 1).numFmt = FORMATS[column.format];
      }
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
