import { readFileSync } from 'node:fs';
import { resolveFromRoot } from '../config/environment';
import {
  type CalendarLayers,
  dayInfo,
  type DayInfo,
  type FileLayer,
  isWorkingKind,
  type LibraryLayer,
  scheduleSourceOf,
  type StoredYear,
} from './calendar-layers';

/**
 * Chinese working days: weekends, public holidays and make-up working days (调休). Three layers (calendar-layers.ts):
 * the years entered in the console (stored), config/holiday-overrides.json, and `chinese-days`. Dates are calendar
 * days in China Standard Time (UTC+8, no daylight saving), written YYYY-MM-DD. A calendar is immutable: a change in
 * the console builds a new one (CalendarService), so a deadline computed earlier never moves.
 */
export class WorkingCalendar {
  private readonly layers: CalendarLayers;

  constructor(
    overrides: { holidays: ReadonlySet<string>; workdays: ReadonlySet<string>; years?: ReadonlySet<number> },
    stored: ReadonlyMap<number, StoredYear> = new Map(),
    library: LibraryLayer = CHINESE_DAYS,
  ) {
    const file: FileLayer = { holidays: overrides.holidays, workdays: overrides.workdays, years: overrides.years ?? new Set() };
    this.layers = { stored, file, library };
  }

  static fromConfig(path = resolveFromRoot('config/holiday-overrides.json')): WorkingCalendar {
    return new WorkingCalendar(readOverrides(path));
  }

  /** The same file and library under another set of years entered in the console. */
  withStored(stored: ReadonlyMap<number, StoredYear>): WorkingCalendar {
    return new WorkingCalendar(this.layers.file, stored, this.layers.library);
  }

  day(day: string): DayInfo {
    return dayInfo(day, this.layers);
  }

  scheduleSource(year: number) {
    return scheduleSourceOf(year, this.layers);
  }

  isWorkday(day: string): boolean {
    return isWorkingKind(this.day(day).kind);
  }

  /** The `count`-th working day after `day` (the day itself is not counted: 从交办次日起算). */
  addWorkdays(day: string, count: number): string {
    let current = day;
    for (let found = 0; found < count;) {
      current = nextDay(current);
      if (this.isWorkday(current)) found += 1;
    }
    return current;
  }

  /** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
  workdaysBetween(from: string, to: string): number {
    let count = 0;
    for (let current = nextDay(from); current <= to; current = nextDay(current)) if (this.isWorkday(current)) count += 1;
    return count;
  }
}

/** config/holiday-overrides.json: `holidays` and `workdays` (days), and `years` whose schedule the file holds in full. */
export function readOverrides(path: string): FileLayer {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { holidays: string[]; workdays: string[]; years?: number[] };
  return { holidays: new Set(file.holidays), workdays: new Set(file.workdays), years: new Set(file.years ?? []) };
}

/** chinese-days' own data: its `holidays` and `workdays` (调休) maps, names as "English,中文,n". */
const CHINESE_DAYS: LibraryLayer = (() => {
  const data = JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')) as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const years = new Set(Object.keys(data.holidays).map((day) => Number(day.slice(0, 4))));
  const nameOf = (raw: string) => raw.split(',')[1] ?? raw;
  return {
    listed: (date) => {
      if (data.holidays[date]) return { work: false, name: nameOf(data.holidays[date]) };
      if (data.workdays[date]) return { work: true, name: nameOf(data.workdays[date]) };
      return undefined;
    },
    covers: (year) => years.has(year),
  };
})();

const CST_OFFSET_MS = 8 * 3_600_000;

/** The calendar day in China of an instant. */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The first instant of a calendar day in China: date filters (from/to, inclusive) are China days. */
export function startOfChinaDay(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00+08:00`);
}

/** The first instant of the day after a calendar day in China: the exclusive end of a range that includes `day`. */
export function startOfNextChinaDay(day: string): Date {
  return new Date(startOfChinaDay(day).getTime() + 86_400_000);
}

/** The last millisecond of a calendar day in China, as an instant: a deadline falls due at the end of its day. */
export function endOfChinaDay(day: string): Date {
  return new Date(Date.parse(`${day}T23:59:59.999+08:00`));
}

export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
