import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A year's whole-government report as published to the mini-program: the report's data frozen as JSON when the office
 * published it. Publishing the year again adds a corrected version and stamps this one `supersededAt` (已更正); no
 * version is ever deleted (docs/domain.md §8).
 */
@Entity('report_publication')
@Index('idx_report_publication_year', ['year', 'publishedAt'])
export class ReportPublication {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  year: number;

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
