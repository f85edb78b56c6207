import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A year whose schedule of holidays and 调休 the office entered in the console: its days are in calendar_day, and
 * for that year they replace config/holiday-overrides.json and chinese-days. `revision` goes up on every save; the
 * sum over all years is the calendar's version, which every BFF instance compares before computing a new deadline.
 */
@Entity('calendar_year')
export class CalendarYear {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  revision: number;

  /** The staff account that saved the year last. */
  @Column({ type: 'int' })
  enteredById: number;

  @Column({ type: 'datetime' })
  enteredAt: Date;
}
