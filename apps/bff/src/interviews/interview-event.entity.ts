import type { InterviewStatus, StaffRole } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step in an interview's history: a state change, an edit, a hidden question, a transcript entry. */
@Entity('interview_event')
@Index('idx_interview_event_item', ['interviewId', 'id'])
export class InterviewEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  interviewId: number;

  @Column({ type: 'datetime' })
  at: Date;

  @Column({ type: 'varchar', length: 24 })
  action: string;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole: StaffRole | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: InterviewStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus: InterviewStatus;

  /** What the step concerned (a question id, an entry's seq, the video link): never personal data. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
