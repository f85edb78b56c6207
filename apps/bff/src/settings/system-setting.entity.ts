import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 系统设置: one row per setting the administrator edits in the console, its value as JSON. */
@Entity('system_setting')
export class SystemSetting {
  /** e.g. `media.hosts` (settings.repository.ts names each one). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'text' })
  value: string;

  /** The staff account that saved it last; null when the demo seed wrote it. */
  @Column({ type: 'int', nullable: true })
  updatedById: number | null;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
