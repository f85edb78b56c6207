import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A year's report as published to the mini-program, the whole government's or one department's: the report's data
 * frozen as JSON when it was published. Publishing the same year and publisher again adds a corrected version and stamps
 * this one `supersededAt` (已更正); no version is ever deleted (docs/domain.md §8).
 */
@Entity('report_publication')
@Index('idx_report_publication_year', ['year', 'publishedAt'])
@Index('idx_report_publication_publisher', ['agencyId', 'year'])
export class ReportPublication {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  year: number;

  /** Null: the whole government's report; otherwise the department's own. */
  @Column({ type: 'int', nullable: true })
  agencyId: number | null;

  /** Who published, as the list shows it (临溪市人民政府 or the department's name then). */
  @Column({ type: 'varchar', length: 100 })
  publisher: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** The AnnualReport (libs/contracts) as JSON. */
  @Column({ type: 'text' })
  snapshot: string;

  @Column({ type: 'datetime' })
  publishedAt: Date;

  @Column({ type: 'int' })
  publishedById: number;

  @Column({ type: 'datetime', nullable: true })
  supersededAt: Date | null;
}
