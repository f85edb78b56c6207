import type { CalendarDayKind, CalendarSource } from '@weimin/contracts';

/** A year's schedule entered in the console: its holidays (with names) and make-up working days. */
export interface StoredYear {
  holidays: ReadonlyMap<string, string>;
  workdays: ReadonlyMap<string, string | null>;
}

/** config/holiday-overrides.json: corrections day by day, and the years whose schedule in it is complete. */
export interface FileLayer {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
  /** Years the file declares complete (the State Council's schedule copied in full), not just provisional days. */
  years: ReadonlySet<number>;
}

/** What the chinese-days library says about a day, and which years its data covers. */
export interface LibraryLayer {
  /** The library's holiday or 调休 for the day: `work` and the holiday's name; undefined for a day it does not list. */
  listed(date: string): { work: boolean; name: string } | undefined;
  covers(year: number): boolean;
}

export interface CalendarLayers {
  stored: ReadonlyMap<number, StoredYear>;
  file: FileLayer;
  library: LibraryLayer;
}

export interface DayInfo {
  kind: CalendarDayKind;
  name: string | null;
  source: CalendarSource;
}

/**
 * Whether a year has a schedule of holidays and 调休, and which layer gives it: a year entered in the console, else
 * a year the file declares complete, else a year the library has data for; null when none does (the office must
 * enter it). Provisional days in the file (e.g. the fixed statutory days of a year not yet published) do not count.
 */
export function scheduleSourceOf(year: number, layers: CalendarLayers): Exclude<CalendarSource, 'weekday'> | null {
  if (layers.stored.has(year)) return 'stored';
  if (layers.file.years.has(year)) return 'file';
  if (layers.library.covers(year)) return 'library';
  return null;
}

/**
 * What a day is. A year entered in the console replaces the file and the library for that whole year (a provisional
 * holiday in the file that the published schedule moved is gone); other years take the file's days over the
 * library's; a day no layer names is a working day from Monday to Friday.
 */
export function dayInfo(date: string, layers: CalendarLayers): DayInfo {
  const weekend = isWeekend(date);
  const stored = layers.stored.get(Number(date.slice(0, 4)));
  if (stored) {
    if (stored.holidays.has(date)) return { kind: 'holiday', name: stored.holidays.get(date)!, source: 'stored' };
    if (stored.workdays.has(date)) return { kind: 'makeup_workday', name: stored.workdays.get(date) ?? null, source: 'stored' };
    return plain(weekend);
  }
  if (layers.file.holidays.has(date)) return { kind: 'holiday', name: null, source: 'file' };
  if (layers.file.workdays.has(date)) return { kind: weekend ? 'makeup_workday' : 'workday', name: null, source: 'file' };
  const listed = layers.library.listed(date);
  if (listed) {
    if (!listed.work) return { kind: 'holiday', name: listed.name, source: 'library' };
    if (weekend) return { kind: 'makeup_workday', name: listed.name, source: 'library' };
  }
  return plain(weekend);
}

export function isWorkingKind(kind: CalendarDayKind): boolean {
  return kind === 'workday' || kind === 'makeup_workday';
}

function plain(weekend: boolean): DayInfo {
  return { kind: weekend ? 'weekend' : 'workday', name: null, source: 'weekday' };
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * The years whose schedule must be known on a day (China): the current year always, and from 1 December the next,
 * since the State Council publishes it in November and deadlines set in December already reach into January.
 */
export function yearsNeeded(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= '12-01' ? [year, year + 1] : [year];
}
