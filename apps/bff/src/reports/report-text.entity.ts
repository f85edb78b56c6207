import type { ReportTextSection } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The office's own words in the annual report (一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项): every save is a
 * new version, never an update, so the history of a year's text stays readable. `scopeId` is 0 for the whole
 * government's report and the agency's id for a department's (a unique index cannot rely on NULL in MySQL).
 */
@Entity('report_text_version')
@Index('uq_report_text_version', ['year', 'scopeId', 'section', 'version'], { unique: true })
export class ReportTextVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  scopeId: number;

  @Column({ type: 'varchar', length: 16 })
  section: ReportTextSection;

  /** 1, 2, … per year, scope and section. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int' })
  authorId: number;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
