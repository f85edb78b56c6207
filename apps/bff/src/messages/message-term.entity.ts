import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The public board's search index: the jieba terms of a message's title and content as the board shows them (scrubbed
 * of the author's name and of phone numbers, so a search cannot find what the board hides), weighted like the
 * interpretations' index (interpretations/interpretation-search.ts). Written when the message is stored; the board
 * query keeps only messages it may show.
 */
@Entity('message_term')
@Index('idx_message_term_term', ['term', 'messageId'])
@Index('idx_message_term_message', ['messageId'])
export class MessageTerm {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  term: string;

  @Column({ type: 'int' })
  messageId: number;

  @Column({ type: 'int' })
  weight: number;
}
