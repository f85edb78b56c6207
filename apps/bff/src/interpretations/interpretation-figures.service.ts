import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InterpretationFigures, LIFE_EVENT_STAGES } from '@weimin/contracts';
import { DataSource } from 'typeorm';
import { startOfChinaDay, startOfNextChinaDay } from '../calendar/working-days';
import { assertPeriodOrder } from '../common/http/period-query.dto';
import { InterpretationStage } from './interpretation-stage.entity';
import { Interpretation } from './interpretation.entity';

/**
 * docs/domain.md §4: interpretations published per stage and per agency, for any period. Counted in SQL; an item
 * published in the period counts even if it was withdrawn later (it was published).
 */
@Injectable()
export class InterpretationFiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async figures(from: string, to: string): Promise<InterpretationFigures> {
    assertPeriodOrder(from, to);
    const start = startOfChinaDay(from);
    const end = startOfNextChinaDay(to);
    const published = (alias: string) => `${alias}.publishedAt >= :start AND ${alias}.publishedAt < :end AND ${alias}.status IN ('published', 'withdrawn')`;
    const params = { start, end };
    const manager = this.dataSource.manager;
    const [stageRows, agencyRows, totalRow] = await Promise.all([
      manager
        .createQueryBuilder(InterpretationStage, 's')
        .innerJoin(Interpretation, 'i', 'i.id = s.interpretationId')
        .where(published('i'), params)
        .select('s.stage', 'stage')
        .addSelect('COUNT(*)', 'count')
        .groupBy('s.stage')
        .getRawMany<{ stage: string; count: number | string }>(),
      manager
        .createQueryBuilder(Interpretation, 'i')
        .innerJoin('agency', 'a', 'a.id = i.agencyId')
        .where(published('i'), params)
        .select('i.agencyId', 'agencyId')
        .addSelect('a.name', 'agencyName')
        .addSelect('COUNT(*)', 'count')
        .groupBy('i.agencyId')
        .addGroupBy('a.name')
        .orderBy('COUNT(*)', 'DESC')
        .addOrderBy('i.agencyId', 'ASC')
        .getRawMany<{ agencyId: number | string; agencyName: string; count: number | string }>(),
      manager.createQueryBuilder(Interpretation, 'i').where(published('i'), params).select('COUNT(*)', 'total').getRawOne<{ total: number | string }>(),
    ]);
    const perStage = new Map(stageRows.map((row) => [row.stage, Number(row.count)]));
    return {
      from,
      to,
      total: Number(totalRow?.total ?? 0),
      byStage: LIFE_EVENT_STAGES.map((stage) => ({ stage: stage.code, name: stage.name, audience: stage.audience, count: perStage.get(stage.code) ?? 0 })),
      byAgency: agencyRows.map((row) => ({ agencyId: Number(row.agencyId), agencyName: row.agencyName, count: Number(row.count) })),
    };
  }
}
