import { Injectable } from '@nestjs/common';
import { AuditAction, ErrorCode, RoutingRuleView, SaveRoutingRuleRequest } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import type { RoutingRepositories } from './routing.store';
import { RoutingStore } from './routing.store';

/** 派单规则 as the system admin keeps them. */
@Injectable()
export class RoutingRulesService {
  constructor(private readonly store: RoutingStore) {}

  async list(): Promise<RoutingRuleView[]> {
    const { rules: repository } = this.store.repositories;
    const rules = await repository.listAll();
    const agencies = await repository.agencyNames();
    return rules.map((rule) => ({
      id: rule.id,
      keyword: rule.keyword,
      agencyId: rule.agencyId,
      agencyName: agencies.get(rule.agencyId) ?? '',
      priority: rule.priority,
      active: rule.active,
    }));
  }

  async create(caller: StaffCaller, request: SaveRoutingRuleRequest): Promise<RoutingRuleView> {
    const id = await this.store.transaction(async ({ rules, audit }) => {
      await this.assertAgency(rules, request.agencyId);
      const rule = await rules.add({
        keyword: request.keyword.trim(),
        agencyId: request.agencyId,
        priority: request.priority ?? 0,
        active: request.active ?? true,
      });
      await audit.recordStaff(caller, {
        action: AuditAction.RoutingRuleSaved,
        objectType: 'routing_rule',
        objectId: rule.id,
        agencyId: rule.agencyId,
      });
      return rule.id;
    });
    return (await this.list()).find((rule) => rule.id === id)!;
  }

  async update(caller: StaffCaller, id: number, request: Partial<SaveRoutingRuleRequest>): Promise<RoutingRuleView> {
    await this.store.transaction(async ({ rules, audit }) => {
      const rule = await rules.findById(id);
      if (!rule) throw DomainException.notFound('派单规则');
      if (request.agencyId !== undefined) await this.assertAgency(rules, request.agencyId);
      await rules.change(id, {
        keyword: request.keyword?.trim() ?? rule.keyword,
        agencyId: request.agencyId ?? rule.agencyId,
        priority: request.priority ?? rule.priority,
        active: request.active ?? rule.active,
      });
      await audit.recordStaff(caller, {
        action: AuditAction.RoutingRuleSaved,
        objectType: 'routing_rule',
        objectId: id,
        agencyId: request.agencyId ?? rule.agencyId,
      });
    });
    return (await this.list()).find((rule) => rule.id === id)!;
  }

  private async assertAgency(rules: RoutingRepositories['rules'], agencyId: number): Promise<void> {
    if (!(await rules.isActiveAgency(agencyId))) {
      throw new DomainException(ErrorCode.ValidationFailed, '承办单位不存在或已停用', [{ field: 'agencyId', messages: ['承办单位不存在或已停用'] }]);
    }
  }
}
