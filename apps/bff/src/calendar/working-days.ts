import { readFileSync } from 'node:fs';
import { isWorkday as isChineseWorkday } from 'chinese-days';
import { resolveFromRoot } from '../config/environment';

/**
 * Chinese working days: weekends, public holidays and make-up working days (调休) from `chinese-days`, corrected by
 * config/holiday-overrides.json for years the library does not cover yet. Dates are calendar days in China
 * Standard Time (UTC+8, no daylight saving), written YYYY-MM-DD.
 */
export class WorkingCalendar {
  constructor(private readonly overrides: { holidays: ReadonlySet<string>; workdays: ReadonlySet<string> }) {}

  static fromConfig(path = resolveFromRoot('config/holiday-overrides.json')): WorkingCalendar {
    const file = JSON.parse(readFileSync(path, 'utf8')) as { holidays: string[]; workdays: string[] };
    return new WorkingCalendar({ holidays: new Set(file.holidays), workdays: new Set(file.workdays) });
  }

  isWorkday(day: string): boolean {
    if (this.overrides.holidays.has(day)) return false;
    if (this.overrides.workdays.has(day)) return true;
    return isChineseWorkday(day);
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

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
