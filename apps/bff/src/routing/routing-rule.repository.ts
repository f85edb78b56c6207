import type { EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { RoutingRule } from './routing-rule.entity';

/** 派单规则, read and written through one EntityManager. */
export class RoutingRuleRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The rules that route: active rules of active agencies, so a disabled agency receives nothing. */
  findActiveOfActiveAgencies(): Promise<RoutingRule[]> {
    return this.manager
      .createQueryBuilder(RoutingRule, 'rule')
      .innerJoin(Agency, 'agency', 'agency.id = rule.agencyId')
      .where('rule.active = :active', { active: true })
      .andWhere('agency.active = :active')
      .getMany();
  }

  /** Every rule, as the admin lists them: highest priority first. */
  listAll(): Promise<RoutingRule[]> {
    return this.manager.find(RoutingRule, { order: { priority: 'DESC', id: 'ASC' } });
  }

  findById(id: number): Promise<RoutingRule | null> {
    return this.manager.findOneBy(RoutingRule, { id });
  }

  add(rule: Pick<RoutingRule, 'keyword' | 'agencyId' | 'priority' | 'active'>): Promise<RoutingRule> {
    return this.manager.save(this.manager.create(RoutingRule, rule));
  }

  async change(id: number, changes: Pick<RoutingRule, 'keyword' | 'agencyId' | 'priority' | 'active'>): Promise<void> {
    await this.manager.update(RoutingRule, id, changes);
  }

  /** Whether a rule may send messages to the agency: it exists and is active. */
  isActiveAgency(agencyId: number): Promise<boolean> {
    return this.manager.existsBy(Agency, { id: agencyId, active: true });
  }

  async agencyNames(): Promise<Map<number, string>> {
    return new Map((await this.manager.find(Agency, { select: { id: true, name: true } })).map((a) => [a.id, a.name]));
  }
}
