import type { Segmenter } from '../common/text/segmenter';

export interface RoutingRuleInput {
  id: number;
  keyword: string;
  agencyId: number;
  /** Higher wins when several rules match. */
  priority: number;
}

export interface RoutingDecision {
  agencyId: number;
  ruleId: number;
  keyword: string;
}

/**
 * 派单 by keyword (docs/domain.md §3): a rule matches when its keyword is one of the words of the title or content, as
 * segmented by jieba, so 「公交」 does not match inside 「公交通」-like accidents of substring search. The highest
 * priority wins; on a tie, the keyword counted most often, then the oldest rule. No match: the office dispatches.
 */
export function routeByKeywords(segmenter: Segmenter, rules: readonly RoutingRuleInput[], title: string, content: string): RoutingDecision | null {
  if (rules.length === 0) return null;
  segmenter.addWords(rules.map((rule) => rule.keyword));
  const counts = new Map<string, number>();
  for (const token of segmenter.tokens(`${title}\n${content}`)) counts.set(token, (counts.get(token) ?? 0) + 1);

  let best: { rule: RoutingRuleInput; hits: number } | null = null;
  for (const rule of rules) {
    const hits = counts.get(rule.keyword.trim().toLowerCase()) ?? 0;
    if (hits === 0) continue;
    if (
      !best ||
      rule.priority > best.rule.priority ||
      (rule.priority === best.rule.priority && (hits > best.hits || (hits === best.hits && rule.id < best.rule.id)))
    ) {
      best = { rule, hits };
    }
  }
  return best ? { agencyId: best.rule.agencyId, ruleId: best.rule.id, keyword: best.rule.keyword } : null;
}
