import type { InterpretationFormat, InterpretationStatus } from '@weimin/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { PolicyDocument } from './policy-document.entity';

/** 政策解读, in Chinese; variants in other languages are InterpretationVariant rows. */
@Entity('interpretation')
@Index('idx_interpretation_agency_status', ['agencyId', 'status'])
@Index('idx_interpretation_status_published', ['status', 'publishedAt'])
export class Interpretation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 300 })
  summary: string;

  /** Sanitised rich text (docs/security.md §14). */
  @Column({ type: 'text' })
  bodyHtml: string;

  @Column({ type: 'varchar', length: 16 })
  format: InterpretationFormat;

  @Column({ type: 'varchar', length: 500, nullable: true })
  mediaUrl: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  imageUrl: string | null;

  /** The picture's text alternative (图解; required with a picture). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  imageAlt: string | null;

  /** The video's words as text (视频), shown below the player. */
  @Column({ type: 'text', nullable: true })
  transcript: string | null;

  @Column({ type: 'int', nullable: true })
  policyDocumentId: number | null;

  @ManyToOne(() => PolicyDocument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policyDocumentId' })
  policyDocument?: PolicyDocument | null;

  /** The drafting agency (谁起草、谁解读). */
  @Column({ type: 'int' })
  agencyId: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agencyId' })
  agency?: Agency;

  /** The drafter; null for items loaded by the demo seed without one. */
  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @Column({ type: 'varchar', length: 16 })
  status: InterpretationStatus;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  withdrawReason: string | null;

  @Column({ type: 'int', default: 0 })
  viewCount: number;

  @Column({ type: 'int', default: 0 })
  helpfulCount: number;

  @Column({ type: 'int', default: 0 })
  unhelpfulCount: number;

  /** Optimistic lock: two reviewers acting at once cannot both win. */
  @VersionColumn()
  version: number;
}
