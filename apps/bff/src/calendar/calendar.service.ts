import { Injectable } from '@nestjs/common';
import type { CalendarStatusView } from '@weimin/contracts';
import type { RepositoryOf } from '../database/unit-of-work';
import { StoredYear, yearsNeeded } from './calendar-layers';
import type { CalendarYears } from './calendar.repository';
import { CalendarStore } from './calendar.store';
import { chinaDay, WorkingCalendar } from './working-days';

/**
 * The working calendar every BFF instance uses: the file and chinese-days, under the years entered in the console.
 * Before a new deadline is computed, `fresh()` compares the stored version (one small aggregate read) with the one
 * loaded and reloads on a change, so a year saved through any instance applies to the next deadline everywhere,
 * without a restart. Deadlines already stored on messages are never recomputed.
 */
@Injectable()
export class CalendarService {
  private readonly base = WorkingCalendar.fromConfig();
  private calendar = this.base;
  private loadedVersion: number | null = null;

  constructor(private readonly store: CalendarStore) {}

  /**
   * The calendar as last loaded, without a read. Everything that computes a deadline or shows working days left
   * goes through `fresh()`; the stored years are loaded on its first call (not at start, which may come before the
   * migrations that create the tables) and by the deadline scheduler every minute.
   */
  current(): WorkingCalendar {
    return this.calendar;
  }

  /**
   * The calendar as stored now. `years` reads inside the caller's transaction: its `calendar` (database/unit-of-work.ts);
   * without it, on the default connection.
   */
  async fresh(years: RepositoryOf<CalendarYears> = this.store.repositories.calendar): Promise<WorkingCalendar> {
    const version = await years.version();
    if (version !== this.loadedVersion) {
      // Days are read after the version: a save in between makes them newer, and the next call reloads again.
      const days = await years.allDays();
      const entered = await years.enteredYears();
      const stored = new Map<number, { holidays: Map<string, string>; workdays: Map<string, string | null> }>(
        entered.map((year) => [year, { holidays: new Map(), workdays: new Map() }]),
      );
      for (const day of days) {
        const year = stored.get(day.year);
        if (!year) continue;
        if (day.kind === 'holiday') year.holidays.set(day.date, day.name ?? '');
        else year.workdays.set(day.date, day.name);
      }
      this.calendar = this.base.withStored(stored as Map<number, StoredYear>);
      this.loadedVersion = version;
    }
    return this.calendar;
  }

  /** Whether the office must enter a year's schedule now (from 1 December for the next year). */
  async status(now = new Date()): Promise<CalendarStatusView> {
    const calendar = await this.fresh();
    const today = chinaDay(now);
    const missingYears = yearsNeeded(today).filter((year) => calendar.scheduleSource(year) === null);
    const warning = missingYears.length
      ? `${missingYears.map((year) => `${year}年`).join('、')}节假日安排尚未录入：国务院办公厅公布后，请在“系统设置 → 节假日安排”中录入，否则跨年的办理期限可能算错。`
      : null;
    return { today, missingYears, warning };
  }
}
