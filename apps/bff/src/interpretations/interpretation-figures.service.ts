import { Injectable } from '@nestjs/common';
import { INTERPRETATION_QUESTIONS_TOP, InterpretationFigures, LIFE_EVENT_STAGES } from '@weimin/contracts';
import { startOfChinaDay, startOfNextChinaDay } from '../calendar/working-days';
import { assertPeriodOrder } from '../common/http/period-query.dto';
import { InterpretationStore } from './interpretation.store';

/**
 * docs/domain.md §4: interpretations published per stage and per agency, for any period, on the statistics page and in
 * the Excel export (stats/). Counted in SQL by the repository; an item published in the period counts even if it was
 * withdrawn later (it was published).
 */
@Injectable()
export class InterpretationFiguresService {
  constructor(private readonly store: InterpretationStore) {}

  async figures(from: string, to: string): Promise<InterpretationFigures> {
    assertPeriodOrder(from, to);
    const [start, end] = [startOfChinaDay(from), startOfNextChinaDay(to)];
    const counted = await this.store.repositories.interpretations.publishedFigures(start, end);
    const byQuestions = await this.store.repositories.interpretations.questionFigures(start, end, INTERPRETATION_QUESTIONS_TOP);
    return {
      from,
      to,
      total: counted.total,
      byStage: LIFE_EVENT_STAGES.map((stage) => ({
        stage: stage.code,
        name: stage.name,
        audience: stage.audience,
        count: counted.byStage.get(stage.code) ?? 0,
      })),
      byAgency: counted.byAgency,
      byQuestions,
    };
  }
}
