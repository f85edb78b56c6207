import type { NoticeSection, NoticeStatus } from '@weimin/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';

/** 公共企事业单位信息: one item a unit publishes under one of its three sections (docs/domain.md §2). */
@Entity('notice')
@Index('idx_notice_unit_section', ['agencyId', 'section', 'status', 'publishedAt'])
@Index('idx_notice_published', ['status', 'publishedAt'])
export class Notice {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  agencyId: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agencyId' })
  agency?: Agency;

  @Column({ type: 'varchar', length: 16 })
  section: NoticeSection;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** Sanitised on write (docs/security.md §14). */
  @Column({ type: 'text' })
  bodyHtml: string;

  /** Validity of an outage-style announcement; both optional. */
  @Column({ type: 'datetime', nullable: true })
  validFrom: Date | null;

  @Column({ type: 'datetime', nullable: true })
  validUntil: Date | null;

  @Column({ type: 'varchar', length: 16 })
  status: NoticeStatus;

  /** The date freshness is counted from. */
  @Column({ type: 'datetime' })
  publishedAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  withdrawReason: string | null;

  /** Staff account that published it (null only for demo notices loaded before the demo went through the service). */
  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @Column({ type: 'int', nullable: true })
  updatedBy: number | null;

  @VersionColumn()
  version: number;
}
