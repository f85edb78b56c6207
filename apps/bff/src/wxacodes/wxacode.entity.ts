import type { WxacodeKind } from '@weimin/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A 小程序码 WeChat drew for one item (issue 16), kept so that downloading it again does not spend WeChat's quota.
 * The code leads to the item by its id, so an edit leaves it valid; withdrawing the item removes it.
 */
@Entity('wxacode')
export class Wxacode {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind: WxacodeKind;

  @PrimaryColumn({ type: 'int' })
  subjectId: number;

  /** What WeChat was asked for: the scene (`i=123`) and the page it opens. */
  @Column({ type: 'varchar', length: 32 })
  scene: string;

  @Column({ type: 'varchar', length: 128 })
  page: string;

  /** The PNG (430 pixels wide: tens of kilobytes; MySQL's BLOB holds 64 KiB). */
  @Column({ type: 'blob' })
  image: Buffer;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
