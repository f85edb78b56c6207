import type { InterviewQuestionStatus, InterviewQuestionVisibility } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A citizen's question to an interview. Contact details are ciphertext, as on messages: they go with the follow-up message. */
@Entity('interview_question')
@Index('idx_interview_question_item', ['interviewId', 'id'])
@Index('uq_interview_question_idempotency', ['citizenId', 'idempotencyKey'], { unique: true })
export class InterviewQuestion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  interviewId: number;

  @Column({ type: 'int' })
  citizenId: number;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 255 })
  contactNameEncrypted: string;

  @Column({ type: 'varchar', length: 255 })
  contactPhoneEncrypted: string;

  /** The asker's name as the public and the console see it (张*). */
  @Column({ type: 'varchar', length: 40 })
  askerNameMasked: string;

  @Column({ type: 'boolean' })
  isPublic: boolean;

  @Column({ type: 'varchar', length: 16 })
  status: InterviewQuestionStatus;

  @Column({ type: 'varchar', length: 16 })
  visibility: InterviewQuestionVisibility;

  @Column({ type: 'int', nullable: true })
  answeredSeq: number | null;

  /** The message it became when the interview ended unanswered. */
  @Column({ type: 'int', nullable: true })
  messageId: number | null;

  /** The citizen's Idempotency-Key and a hash of what they sent: a retry gets this question back. */
  @Column({ type: 'varchar', length: 64 })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'datetime' })
  askedAt: Date;
}
