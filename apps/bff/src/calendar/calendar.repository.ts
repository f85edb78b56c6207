import type { EntityManager } from 'typeorm';
import { CalendarDay } from './calendar-day.entity';
import { CalendarYear } from './calendar-year.entity';

export type NewCalendarDay = Pick<CalendarDay, 'date' | 'year' | 'kind' | 'name'>;

/** The years of holidays and 调休 entered in the console, and their days. */
export class CalendarYears {
  constructor(private readonly manager: EntityManager) {}

  /** The calendar's version: the sum of every year's revision. It moves whenever any year is saved. */
  async version(): Promise<number> {
    const row = await this.manager
      .createQueryBuilder(CalendarYear, 'y')
      .select('COALESCE(SUM(y.revision), 0)', 'version')
      .getRawOne<{ version: string | number }>();
    return Number(row?.version ?? 0);
  }

  /** The numbers of the years entered. */
  async enteredYears(): Promise<number[]> {
    return (await this.manager.find(CalendarYear, { select: { year: true } })).map((y) => y.year);
  }

  /** Every day of every year entered. */
  allDays(): Promise<CalendarDay[]> {
    return this.manager.find(CalendarDay);
  }

  findYear(year: number): Promise<CalendarYear | null> {
    return this.manager.findOneBy(CalendarYear, { year });
  }

  /**
   * Counts one more save of a year already entered: false when it was never entered. The UPDATE locks the year's
   * row on MySQL, so two saves of one year take turns.
   */
  async bumpRevision(year: number, enteredById: number, enteredAt: Date): Promise<boolean> {
    const updated = await this.manager
      .createQueryBuilder()
      .update(CalendarYear)
      .set({ revision: () => 'revision + 1', enteredById, enteredAt })
      .where('year = :year', { year })
      .execute();
    return Boolean(updated.affected);
  }

  /** The first save of a year (revision 1). A concurrent first save makes one of them fail on the primary key. */
  async insertFirstRevision(year: number, enteredById: number, enteredAt: Date): Promise<void> {
    await this.manager.insert(CalendarYear, { year, revision: 1, enteredById, enteredAt });
  }

  /** The year's days become exactly `days`. */
  async replaceDays(year: number, days: NewCalendarDay[]): Promise<void> {
    await this.manager.delete(CalendarDay, { year });
    if (days.length) await this.manager.insert(CalendarDay, days);
  }
}
