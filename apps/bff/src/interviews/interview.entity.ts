import type { InterviewStatus } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** 在线访谈: scheduled by the office with a guest agency's guest; its transcript and video stay published after it ended. */
@Entity('interview')
@Index('idx_interview_starts', ['startsAt'])
@Index('idx_interview_guest_agency', ['guestAgencyId', 'startsAt'])
export class Interview {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'int' })
  guestAgencyId: number;

  @Column({ type: 'varchar', length: 40 })
  guestName: string;

  @Column({ type: 'varchar', length: 60 })
  guestTitle: string;

  @Column({ type: 'datetime' })
  startsAt: Date;

  /** Planned end; the actual one is `endedAt`. */
  @Column({ type: 'datetime' })
  endsAt: Date;

  /** The host's staff account, when the host is one; `hostName` is shown either way. */
  @Column({ type: 'int', nullable: true })
  hostStaffId: number | null;

  @Column({ type: 'varchar', length: 40 })
  hostName: string;

  @Column({ type: 'varchar', length: 16 })
  status: InterviewStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  videoUrl: string | null;

  /** The highest transcript seq: the next entry takes the one after it, under the interview's version lock. */
  @Column({ type: 'int', default: 0 })
  lastSeq: number;

  @Column({ type: 'datetime', nullable: true })
  endedAt: Date | null;

  /** Set in the transaction that turned the unanswered questions into messages: it happens once. */
  @Column({ type: 'datetime', nullable: true })
  convertedAt: Date | null;

  @Column({ type: 'int' })
  createdBy: number;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;

  /** Optimistic lock: two office staff acting at once cannot both win (one step, one seq). */
  @VersionColumn()
  version: number;
}
