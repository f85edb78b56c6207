import type { OpinionAdoption } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A citizen's opinion on a solicitation, and the agency's mark on it (采纳 / 部分采纳 / 未采纳). */
@Entity('solicitation_opinion')
@Index('idx_solicitation_opinion_item', ['solicitationId', 'id'])
@Index('idx_solicitation_opinion_citizen', ['citizenId', 'id'])
// docs/security.md §18: the same Idempotency-Key from the same citizen always answers with the same opinion.
@Index('uq_solicitation_opinion_key', ['citizenId', 'idempotencyKey'], { unique: true })
export class SolicitationOpinion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  solicitationId: number;

  @Column({ type: 'int' })
  citizenId: number;

  @Column({ type: 'text' })
  content: string;

  /** Answers to the questions, a JSON array of { question, text }. */
  @Column({ type: 'text' })
  answersJson: string;

  /** Encrypted at rest (docs/security.md §23); shown masked, and only if `isPublic`. */
  @Column({ type: 'varchar', length: 255 })
  contactNameEncrypted: string;

  @Column({ type: 'boolean' })
  isPublic: boolean;

  /** passed: the local filter and msgSecCheck let it through; review: never shown until the office has looked. */
  @Column({ type: 'varchar', length: 16 })
  moderation: 'passed' | 'review';

  @Column({ type: 'varchar', length: 64 })
  idempotencyKey: string;

  /** SHA-256 of the request body: the same key with another body is refused (422). */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'datetime' })
  submittedAt: Date;

  @Column({ type: 'varchar', length: 16, nullable: true })
  adoption: OpinionAdoption | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  adoptionReason: string | null;

  @Column({ type: 'datetime', nullable: true })
  markedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  markedBy: number | null;
}
