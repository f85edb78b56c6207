import type { InterviewEntryKind } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One transcript entry (访谈实录), stored in its public form: the question scrubbed, the asker's name masked. */
@Entity('interview_entry')
@Index('uq_interview_entry_seq', ['interviewId', 'seq'], { unique: true })
export class InterviewEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  interviewId: number;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 8 })
  kind: InterviewEntryKind;

  @Column({ type: 'int', nullable: true })
  questionId: number | null;

  @Column({ type: 'text', nullable: true })
  question: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  askerName: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int' })
  authorId: number;

  @Column({ type: 'datetime' })
  at: Date;
}
