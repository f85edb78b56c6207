import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The search index: the jieba terms of a published interpretation with their weight (title terms weigh more).
 * Written when an item is published, removed when it is withdrawn; ranked in plain SQL on both dialects.
 * A surrogate key, not (term, item): MySQL's utf8mb4_unicode_ci holds café = cafe and 𠮷 = 𡈽, so two terms that
 * differ in JavaScript may be one key there.
 */
@Entity('interpretation_term')
@Index('idx_interpretation_term_term', ['term', 'interpretationId'])
@Index('idx_interpretation_term_item', ['interpretationId'])
export class InterpretationTerm {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  term: string;

  @Column({ type: 'int' })
  interpretationId: number;

  @Column({ type: 'int' })
  weight: number;
}
