import type { RemedyKind, RemedyResult } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A 行政复议 or 行政诉讼 that followed an application: the data behind the annual report's table 四. */
@Entity('disclosure_remedy')
@Index('idx_disclosure_remedy_application', ['applicationId', 'id'])
export class DisclosureRemedy {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'varchar', length: 24 })
  kind: RemedyKind;

  @Column({ type: 'varchar', length: 16 })
  result: RemedyResult;

  @Column({ type: 'varchar', length: 10 })
  filedOn: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'int' })
  recordedById: number;

  @Column({ type: 'datetime' })
  recordedAt: Date;
}
