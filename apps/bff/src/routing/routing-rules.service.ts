import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, RoutingRuleView, SaveRoutingRuleRequest, ErrorCode } from '@weimin/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import type { StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { RoutingRule } from './routing-rule.entity';

/** 派单规则 as the system admin keeps them. */
@Injectable()
export class RoutingRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<RoutingRuleView[]> {
    const rules = await this.dataSource.getRepository(RoutingRule).find({ order: { priority: 'DESC', id: 'ASC' } });
    const agencies = new Map((await this.dataSource.getRepository(Agency).find({ select: { id: true, name: true } })).map((a) => [a.id, a.name]));
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
    const id = await this.dataSource.transaction(async (manager) => {
      await this.assertAgency(manager, request.agencyId);
      const rule = await manager.save(
        manager.create(RoutingRule, {
          keyword: request.keyword.trim(),
          agencyId: request.agencyId,
          priority: request.priority ?? 0,
          active: request.active ?? true,
        }),
      );
      await this.audit.recordStaff(manager, caller, {
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
    await this.dataSource.transaction(async (manager) => {
      const rule = await manager.findOneBy(RoutingRule, { id });
      if (!rule) throw DomainException.notFound('派单规则');
      if (request.agencyId !== undefined) await this.assertAgency(manager, request.agencyId);
      await manager.update(RoutingRule, id, {
        keyword: request.keyword?.trim() ?? rule.keyword,
        agencyId: request.agencyId ?? rule.agencyId,
        priority: request.priority ?? rule.priority,
        active: request.active ?? rule.active,
      });
      await this.audit.recordStaff(manager, caller, {
        action: AuditAction.RoutingRuleSaved,
        objectType: 'routing_rule',
        objectId: id,
        agencyId: request.agencyId ?? rule.agencyId,
      });
    });
    return (await this.list()).find((rule) => rule.id === id)!;
  }

  private async assertAgency(manager: EntityManager, agencyId: number): Promise<void> {
    if (!(await manager.existsBy(Agency, { id: agencyId, active: true }))) {
      throw new DomainException(ErrorCode.ValidationFailed, '承办单位不存在或已停用', [{ field: 'agencyId', messages: ['承办单位不存在或已停用'] }]);
    }
  }
}
