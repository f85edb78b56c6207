import type { InterpretationLanguage } from '@weimin/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The interpretation in another language (e.g. ii 彝文), with its own title, summary and body. */
@Entity('interpretation_variant')
export class InterpretationVariant {
  @PrimaryColumn({ type: 'int' })
  interpretationId: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  language: Exclude<InterpretationLanguage, 'zh'>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 600 })
  summary: string;

  @Column({ type: 'text' })
  bodyHtml: string;
}
