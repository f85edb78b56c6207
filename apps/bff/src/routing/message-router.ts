import { Injectable } from '@nestjs/common';
import { Segmenter } from '../common/text/segmenter';
import type { RepositoryOf } from '../database/unit-of-work';
import { routeByKeywords } from './message-routing';
import type { RoutingRuleRepository } from './routing-rule.repository';

/** Where the keyword rules send a message, and the reason the message's history shows. */
export interface RuleRoute {
  agencyId: number;
  by: 'rule';
  reason: string;
}

/**
 * 派单 by the admin's keyword rules, the one way for every path that routes a message: a new submission and one the
 * office releases from moderation. Only active rules of active agencies count (RoutingRuleRepository), so a disabled
 * agency receives nothing. The caller passes the rules repository of its own transaction (or connection).
 */
@Injectable()
export class MessageRouter {
  constructor(private readonly segmenter: Segmenter) {}

  async routeByRules(rules: RepositoryOf<RoutingRuleRepository>, message: { title: string; content: string }): Promise<RuleRoute | null> {
    const decision = routeByKeywords(this.segmenter, await rules.findActiveOfActiveAgencies(), message.title, message.content);
    return decision ? { agencyId: decision.agencyId, by: 'rule', reason: `派单规则：${decision.keyword}` } : null;
  }
}
