import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 答复书: numbered per agency per year, generated once when the reply is sent and never changed after (its SHA-256 is
 * kept and checked on every download).
 */
@Entity('disclosure_reply_letter')
@Index('uq_disclosure_letter_number', ['agencyId', 'year', 'serial'], { unique: true })
export class DisclosureReplyLetter {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', unique: true })
  applicationId: number;

  @Column({ type: 'int' })
  agencyId: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  serial: number;

  /** 临人社依公开〔2026〕第12号 */
  @Column({ type: 'varchar', length: 64 })
  number: string;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** The .docx bytes (a letter is a few kilobytes; MySQL BLOB holds 64 KiB). */
  @Column({ type: 'blob' })
  content: Buffer;

  @Column({ type: 'datetime' })
  createdAt: Date;
}

/** The last letter serial used per agency and year: a row lock on it hands out numbers without gaps or duplicates. */
@Entity('disclosure_letter_sequence')
export class DisclosureLetterSequence {
  @PrimaryColumn({ type: 'int' })
  agencyId: number;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  lastSerial: number;
}
