import type { PolicyDocumentKind, PolicyValidity } from '@weimin/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 政策文件: the document an interpretation explains. */
@Entity('policy_document')
export class PolicyDocument {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** 文号, unique within the city. */
  @Column({ type: 'varchar', length: 64, unique: true })
  docNumber: string;

  @Column({ type: 'varchar', length: 100 })
  issuer: string;

  /** YYYY-MM-DD, kept as text so both dialects read it back the same. */
  @Column({ type: 'varchar', length: 10 })
  issuedOn: string;

  @Column({ type: 'varchar', length: 16 })
  validity: PolicyValidity;

  @Column({ type: 'datetime' })
  createdAt: Date;

  /** 规章, 规范性文件 or other: what the annual report's 二 counts (docs/domain.md §8). */
  @Column({ type: 'varchar', length: 16, default: 'other' })
  kind: PolicyDocumentKind;

  /** 废止日期 (YYYY-MM-DD), once repealed. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  repealedOn: string | null;
}
