import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One day of a year entered in the console: a public holiday (with its name) or a make-up working day (调休上班). */
@Entity('calendar_day')
@Index('idx_calendar_day_year', ['year'])
export class CalendarDay {
  /** YYYY-MM-DD, a calendar day in China. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  kind: 'holiday' | 'workday';

  @Column({ type: 'varchar', length: 20, nullable: true })
  name: string | null;
}
