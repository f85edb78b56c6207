import type { ImageCheckStatus } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A photo a citizen uploaded: our own re-encoding (no EXIF, no location), kept by ImageStorage under `storageKey`.
 * Unattached (`messageId` null) until named in a submission; attached once, for good.
 */
@Entity('message_image')
@Index('idx_message_image_message', ['messageId'])
@Index('idx_message_image_citizen', ['citizenId', 'createdAt'])
export class MessageImage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  citizenId: number;

  @Column({ type: 'int', nullable: true })
  messageId: number | null;

  /** Random, never derived from the citizen's file name. */
  @Column({ type: 'varchar', length: 64, unique: true })
  storageKey: string;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'int' })
  bytes: number;

  @Column({ type: 'int' })
  width: number;

  @Column({ type: 'int' })
  height: number;

  @Column({ type: 'varchar', length: 16 })
  contentType: 'image/jpeg';

  @Column({ type: 'varchar', length: 16 })
  checkStatus: ImageCheckStatus;

  /** The one-time name WeChat downloads the photo by while its check runs; cleared by the verdict. */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  checkToken: string | null;

  /** mediaCheckAsync's trace_id: the verdict pushed later names it. */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  traceId: string | null;

  /** The office approved it for the public board. */
  @Column({ type: 'datetime', nullable: true })
  boardApprovedAt: Date | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
