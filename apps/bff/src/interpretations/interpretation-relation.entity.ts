import { Entity, PrimaryColumn } from 'typeorm';

/** 相关解读: interpretations a reader of this one should see next. */
@Entity('interpretation_relation')
export class InterpretationRelation {
  @PrimaryColumn({ type: 'int' })
  interpretationId: number;

  @PrimaryColumn({ type: 'int' })
  relatedId: number;
}
