import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Segmenter } from '../common/text/segmenter';
import { routeByKeywords } from './message-routing';
import { RoutingRule } from './routing-rule.entity';

/** Where the keyword rules send a message, and the reason the message's history shows. */
export interface RuleRoute {
  agencyId: number;
  by: 'rule';
  reason: string;
}

/**
 * 派单 by the admin's keyword rules, the one way for every path that routes a message: a new submission and one the
 * office releases from moderation. Only active rules of active agencies count, so a disabled agency receives nothing.
 */
@Injectable()
export class MessageRouter {
  constructor(private readonly segmenter: Segmenter) {}

  async routeByRules(manager: EntityManager, message: { title: string; content: string }): Promise<RuleRoute | null> {
    const rules = await manager
      .createQueryBuilder(RoutingRule, 'rule')
      .innerJoin(Agency, 'agency', 'agency.id = rule.agencyId')
      .where('rule.active = :active', { active: true })
      .andWhere('agency.active = :active')
      .getMany();
    const decision = routeByKeywords(this.segmenter, rules, message.title, message.content);
    return decision ? { agencyId: decision.agencyId, by: 'rule', reason: `派单规则：${decision.keyword}` } : null;
  }
}
