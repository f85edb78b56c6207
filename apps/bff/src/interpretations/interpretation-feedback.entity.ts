import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 这条解读对您有帮助吗: once per citizen per interpretation (the unique index decides races). */
@Entity('interpretation_feedback')
@Index('uq_interpretation_feedback_citizen', ['interpretationId', 'citizenId'], { unique: true })
export class InterpretationFeedback {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  interpretationId: number;

  @Column({ type: 'int' })
  citizenId: number;

  @Column({ type: 'boolean' })
  helpful: boolean;

  @Column({ type: 'datetime' })
  at: Date;
}
