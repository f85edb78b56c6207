import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 二、主动公开政府信息情况: the decisions Weimin does not process, entered by hand per agency per year (行政许可, 行政处罚,
 * 行政强制) and 行政事业性收费, kept in yuan (the report prints 万元) so sums never round.
 */
@Entity('report_manual_figure')
@Index('uq_report_manual_figure', ['year', 'agencyId'], { unique: true })
export class ReportManualFigure {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  agencyId: number;

  /** 行政许可 decisions. */
  @Column({ type: 'int' })
  licensing: number;

  /** 行政处罚 decisions. */
  @Column({ type: 'int' })
  penalties: number;

  /** 行政强制 decisions. */
  @Column({ type: 'int' })
  enforcement: number;

  /** 行政事业性收费 in yuan. */
  @Column({ type: 'bigint' })
  feesYuan: string | number;

  @Column({ type: 'int' })
  updatedById: number;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
