import type { AgencyKind, Industry } from '@weimin/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** 机构: a government department, a township, a public enterprise or institution, or the office itself. */
@Entity('agency')
@Index('idx_agency_kind_industry', ['kind', 'industry'])
export class Agency {
  @PrimaryGeneratedColumn()
  id: number;

  /** Stable business key (used by seeds and imports), e.g. `dept-hrss`. */
  @Column({ type: 'varchar', length: 48, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 24 })
  kind: AgencyKind;

  /** Only for public enterprises and institutions. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  industry: Industry | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  description: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  hotline: string | null;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
