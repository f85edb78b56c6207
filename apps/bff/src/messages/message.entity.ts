import type { MessageChannel, MessageStatus, MessageType, Satisfaction } from '@weimin/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';

/** 留言. Contact details are ciphertext; the public board never reads them. */
@Entity('message')
@Index('idx_message_status_submitted', ['status', 'submittedAt'])
@Index('idx_message_agency_status', ['assignedAgencyId', 'status'])
@Index('idx_message_citizen', ['citizenId', 'submittedAt'])
@Index('idx_message_due', ['status', 'dueAt'])
@Index('idx_message_board', ['isPublic', 'status', 'repliedAt'])
@Index('idx_message_interpretation', ['interpretationId', 'submittedAt'])
@Index('idx_message_interview', ['interviewId'])
// Statistics (stats/message-stats.service.ts) read this index alone, in the order of their GROUP BY, so the server
// aggregates while scanning it, without a temporary table (1,000,000 messages in under a second on MariaDB).
@Index('idx_message_stats', ['assignedAgencyId', 'type', 'channel', 'status', 'rating', 'submittedAt', 'repliedAt', 'dueAt', 'replyWorkdays'])
// The annual report's whole-government figures (reports/reports.repository.ts messageGroups) group every agency's
// messages of a year by channel, status and rating: read in this order, without a temporary table. Measured on
// 1,000,000 messages: 4.5 s through idx_message_stats (a temporary table), 0.8 s through this one (bench:report).
@Index('idx_message_report_groups', ['channel', 'status', 'rating', 'submittedAt', 'repliedAt', 'dueAt', 'replyWorkdays'])
export class Message {
  @PrimaryGeneratedColumn()
  id: number;

  /** 受理编号 shown to the citizen, e.g. LX20261123-000042. */
  @Column({ type: 'varchar', length: 32, unique: true })
  caseNo: string;

  @Column({ type: 'int' })
  citizenId: number;

  @Column({ type: 'varchar', length: 16 })
  type: MessageType;

  @Column({ type: 'varchar', length: 24 })
  channel: MessageChannel;

  @Column({ type: 'varchar', length: 16 })
  status: MessageStatus;

  @Column({ type: 'int', nullable: true })
  targetAgencyId: number | null;

  @Column({ type: 'int', nullable: true })
  assignedAgencyId: number | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignedAgencyId' })
  assignedAgency?: Agency | null;

  /** 就此政策咨询: the published interpretation the citizen asked about (routed to its drafting agency). */
  @Column({ type: 'int', nullable: true })
  interpretationId: number | null;

  /** 在线访谈: the interview whose unanswered question this message is (interviews/), set when it ended. */
  @Column({ type: 'int', nullable: true })
  interviewId: number | null;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 255 })
  contactNameEncrypted: string;

  @Column({ type: 'varchar', length: 255 })
  contactPhoneEncrypted: string;

  @Column({ type: 'boolean' })
  isPublic: boolean;

  /** passed: local filter and msgSecCheck let it through; review: the office must look first. */
  @Column({ type: 'varchar', length: 16 })
  moderation: 'passed' | 'review';

  /** How it reached its agency: the citizen's choice, a routing rule, or the office. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  routedBy: 'target' | 'rule' | 'office' | null;

  @Column({ type: 'boolean', default: false })
  notifyOnReply: boolean;

  @Column({ type: 'datetime' })
  submittedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  assignedAt: Date | null;

  /** End of the due working day (China time); moved once by an approved extension. */
  @Column({ type: 'datetime', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  repliedAt: Date | null;

  /**
   * Working days from the assignment that was answered to its reply, counted like deadlines (from the day after
   * assignment), stored at the reply because SQL cannot count Chinese working days. Cleared on reopening.
   */
  @Column({ type: 'int', nullable: true })
  replyWorkdays: number | null;

  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  /** Set when the reminder before the deadline was queued; it is sent once per assignment. */
  @Column({ type: 'datetime', nullable: true })
  reminderQueuedAt: Date | null;

  /** Set when the overdue alert was queued; once per assignment. */
  @Column({ type: 'datetime', nullable: true })
  overdueQueuedAt: Date | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  rating: Satisfaction | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  ratingComment: string | null;

  @Column({ type: 'datetime', nullable: true })
  ratedAt: Date | null;

  /** Contact details were anonymised after the retention period (docs/security.md §26). */
  @Column({ type: 'datetime', nullable: true })
  anonymisedAt: Date | null;

  /** Optimistic lock: two staff acting at once cannot both win. */
  @VersionColumn()
  version: number;
}
