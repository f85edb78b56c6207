import type { SubscribeTemplate } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The citizen's WeChat authorisations for one subscribe-message template, as the mini-program reported them after
 * wx.requestSubscribeMessage: each accepted one-time template allows exactly one message, so they are counted and the
 * outbox spends one per message sent; a long-term template (the category allows it, WECHAT_LONG_TERM_TEMPLATES) is
 * never spent.
 */
@Entity('subscribe_grant')
@Index('uq_subscribe_grant_citizen_template', ['citizenId', 'template'], { unique: true })
export class SubscribeGrant {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  citizenId: number;

  @Column({ type: 'varchar', length: 24 })
  template: SubscribeTemplate;

  @Column({ type: 'int', default: 0 })
  oneTimeLeft: number;

  @Column({ type: 'boolean', default: false })
  longTerm: boolean;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
