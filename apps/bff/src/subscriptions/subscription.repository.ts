import type { Industry, SubscribeTemplate } from '@weimin/contracts';
import { type EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { SubscribeGrant } from './subscribe-grant.entity';
import { Subscription } from './subscription.entity';

export interface SubscriptionRow {
  agencyId: number;
  agencyName: string;
  industry: Industry | null;
  createdAt: Date;
}

/** How a send was paid for: a one-time grant (spent, given back if nothing went out) or a long-term one (never spent). */
export type SpentGrant = 'one_time' | 'long_term';

/** 订阅 and the subscribe-message grants behind them, read and written through one EntityManager. */
export class Subscriptions {
  constructor(private readonly manager: EntityManager) {}

  /** Follows the unit; following it again changes nothing. */
  async add(citizenId: number, agencyId: number, now: Date): Promise<void> {
    await this.manager.createQueryBuilder().insert().into(Subscription).values({ citizenId, agencyId, createdAt: now }).orIgnore().execute();
  }

  /** True when there was a subscription to remove. */
  async remove(citizenId: number, agencyId: number): Promise<boolean> {
    return ((await this.manager.delete(Subscription, { citizenId, agencyId })).affected ?? 0) > 0;
  }

  async isSubscribed(citizenId: number, agencyId: number): Promise<boolean> {
    return this.manager.existsBy(Subscription, { citizenId, agencyId });
  }

  /** The units the citizen follows, newest first, with their names. */
  async listForCitizen(citizenId: number): Promise<SubscriptionRow[]> {
    const rows = await this.manager.find(Subscription, { where: { citizenId }, order: { id: 'DESC' } });
    const agencies = rows.length ? await this.manager.findBy(Agency, { id: In(rows.map((row) => row.agencyId)) }) : [];
    const byId = new Map(agencies.map((agency) => [agency.id, agency]));
    return rows.flatMap((row) => {
      const agency = byId.get(row.agencyId);
      return agency ? [{ agencyId: row.agencyId, agencyName: agency.name, industry: agency.industry, createdAt: row.createdAt }] : [];
    });
  }

  /** Everyone who follows the unit, in the order they subscribed. */
  async subscriberIds(agencyId: number): Promise<number[]> {
    const rows = await this.manager.find(Subscription, { select: { citizenId: true }, where: { agencyId }, order: { id: 'ASC' } });
    return rows.map((row) => row.citizenId);
  }

  grantsOf(citizenId: number): Promise<SubscribeGrant[]> {
    return this.manager.find(SubscribeGrant, { where: { citizenId }, order: { template: 'ASC' } });
  }

  /**
   * One more accepted authorisation for `template`: a one-time grant is counted (an increment in the database, so two
   * reports at once both count); a long-term template only sets the flag.
   */
  async recordGrant(citizenId: number, template: SubscribeTemplate, longTerm: boolean, now: Date): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(SubscribeGrant)
      .values({ citizenId, template, oneTimeLeft: 0, longTerm: false, updatedAt: now })
      .orIgnore()
      .execute();
    await this.manager
      .createQueryBuilder()
      .update(SubscribeGrant)
      .set(longTerm ? { longTerm: true, updatedAt: now } : { oneTimeLeft: () => 'oneTimeLeft + 1', updatedAt: now })
      .where('citizenId = :citizenId AND template = :template', { citizenId, template })
      .execute();
  }

  /**
   * Takes what pays for one message: a long-term grant as it is, or one one-time grant, spent by a single conditional
   * UPDATE so that two workers (or a retry) racing for the last one cannot both have it. Null: none left.
   */
  async spendGrant(citizenId: number, template: SubscribeTemplate, now: Date): Promise<SpentGrant | null> {
    const grant = await this.manager.findOneBy(SubscribeGrant, { citizenId, template });
    if (!grant) return null;
    if (grant.longTerm) return 'long_term';
    const result = await this.manager
      .createQueryBuilder()
      .update(SubscribeGrant)
      .set({ oneTimeLeft: () => 'oneTimeLeft - 1', updatedAt: now })
      .where('citizenId = :citizenId AND template = :template AND oneTimeLeft > 0', { citizenId, template })
      .execute();
    return result.affected === 1 ? 'one_time' : null;
  }

  /** Gives back a one-time grant whose message did not go out (WeChat refused it before delivery, or never got it). */
  async refundGrant(citizenId: number, template: SubscribeTemplate, now: Date): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .update(SubscribeGrant)
      .set({ oneTimeLeft: () => 'oneTimeLeft + 1', updatedAt: now })
      .where('citizenId = :citizenId AND template = :template', { citizenId, template })
      .execute();
  }
}
