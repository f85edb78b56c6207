import type { SolicitationStatus } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** 意见征集: a draft put to the public for a period, then the agency's 采纳情况反馈 on the opinions it drew. */
@Entity('solicitation')
@Index('idx_solicitation_agency_status', ['agencyId', 'status'])
@Index('idx_solicitation_status_closes', ['status', 'closesAt'])
export class Solicitation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 300 })
  summary: string;

  /** The draft's text, sanitised rich text (docs/security.md §14). */
  @Column({ type: 'text' })
  bodyHtml: string;

  /** The questions the agency asks, a JSON array of strings. */
  @Column({ type: 'text' })
  questionsJson: string;

  /** Calendar days it stays open once published. */
  @Column({ type: 'int' })
  periodDays: number;

  /** Why it is open for less than 30 days (重大行政决策 as a rule take 30). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  shortPeriodReason: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  attachmentUrl: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  attachmentName: string | null;

  @Column({ type: 'int' })
  agencyId: number;

  /** The drafter; the author never approves their own draft. */
  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  /** As stored: an `open` one past `closesAt` reads as closed until the scheduler or the agency's next step stores it. */
  @Column({ type: 'varchar', length: 32 })
  status: SolicitationStatus;

  @Column({ type: 'datetime', nullable: true })
  opensAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  closesAt: Date | null;

  /** 采纳情况反馈, sanitised rich text. */
  @Column({ type: 'text', nullable: true })
  feedbackHtml: string | null;

  @Column({ type: 'int', nullable: true })
  feedbackAuthorId: number | null;

  @Column({ type: 'datetime', nullable: true })
  feedbackPublishedAt: Date | null;

  /** Set once, when the agency was reminded of overdue feedback: claims the reminder so it is queued once. */
  @Column({ type: 'datetime', nullable: true })
  overdueRemindedAt: Date | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;

  /** Optimistic lock: two reviewers acting at once cannot both win. */
  @VersionColumn()
  version: number;
}
