/**
 * The working-day calendar: public holidays and make-up working days (调休) per year. Three layers, the first that
 * knows a day wins: the schedule the office entered in the console for that year, config/holiday-overrides.json,
 * the `chinese-days` library; a day none of them names is a working day from Monday to Friday.
 */

/** What a day is: a working day (Mon–Fri), a weekend day, a public holiday, or a weekend day worked (调休上班). */
export type CalendarDayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

/** Where a day's kind comes from. `weekday` is the plain Monday-to-Friday rule. */
export type CalendarSource = 'stored' | 'file' | 'library' | 'weekday';

export const CALENDAR_SOURCE_LABELS: Record<CalendarSource, string> = {
  stored: '后台录入',
  file: '配置文件',
  library: 'chinese-days',
  weekday: '按星期',
};

export interface CalendarDayView {
  /** YYYY-MM-DD, a calendar day in China. */
  date: string;
  kind: CalendarDayKind;
  /** The holiday's name (e.g. 春节), or the make-up day's note; null for plain days. */
  name: string | null;
  source: CalendarSource;
}

/** One entry of a year's schedule: a day off, or a weekend day worked. */
export interface CalendarEntry {
  date: string;
  name: string | null;
}

export interface CalendarYearView {
  year: number;
  /** Which layer makes the year's schedule known; null when none does (the schedule is not entered yet). */
  scheduleSource: Exclude<CalendarSource, 'weekday'> | null;
  /** Who entered the year in the console, and when (null unless scheduleSource is `stored`). */
  enteredBy: string | null;
  enteredAt: string | null;
  /** Every day of the year, 1 January first. */
  days: CalendarDayView[];
  /** The year's holidays and make-up working days as they are now, whatever their layer: the console edits these. */
  holidays: CalendarEntry[];
  workdays: CalendarEntry[];
}

/** PUT /api/admin/calendar/:year: the whole schedule of a year, replacing what was entered before. */
export interface SaveCalendarYearRequest {
  /** Days off; each needs a name (元旦, 春节, …). A holiday on a weekend is allowed. */
  holidays: Array<{ date: string; name: string }>;
  /** Make-up working days (调休上班), each a Saturday or Sunday; the name is optional (e.g. 春节调休). */
  workdays: Array<{ date: string; name?: string | null }>;
}

/** GET /api/admin/calendar/status: whether the office must enter a year's schedule now. */
export interface CalendarStatusView {
  /** Today in China, YYYY-MM-DD. */
  today: string;
  /** Years whose schedule is needed now (this year always; next year from 1 December) and not known. */
  missingYears: number[];
  /** The warning to show the office, e.g. 2027年节假日安排尚未录入…; null when nothing is missing. */
  warning: string | null;
}
