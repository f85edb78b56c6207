import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 订阅: a citizen follows one public enterprise or institution and is told of its 便民公告 (docs/domain.md §2). */
@Entity('subscription')
@Index('uq_subscription_citizen_agency', ['citizenId', 'agencyId'], { unique: true })
@Index('idx_subscription_agency', ['agencyId', 'citizenId'])
export class Subscription {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  citizenId: number;

  @Column({ type: 'int' })
  agencyId: number;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
