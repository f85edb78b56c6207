import { Injectable } from '@nestjs/common';
import type { SolicitationFigures } from '@weimin/contracts';
import { startOfChinaDay, startOfNextChinaDay } from '../calendar/working-days';
import { assertPeriodOrder } from '../common/http/period-query.dto';
import { solicitationFigures } from './solicitation-figures';
import { SolicitationStore } from './solicitation.store';

/** The figures of solicitations published (opened) in a period, on the statistics page and in the Excel export. */
@Injectable()
export class SolicitationFiguresService {
  constructor(private readonly store: SolicitationStore) {}

  async figures(from: string, to: string): Promise<SolicitationFigures> {
    assertPeriodOrder(from, to);
    const { solicitations } = this.store.repositories;
    const rows = await solicitations.openedBetween(startOfChinaDay(from), startOfNextChinaDay(to));
    const [marks, names] = await Promise.all([solicitations.marksOf(rows.map((r) => r.id)), solicitations.agencyNames(rows.map((r) => r.agencyId))]);
    return solicitationFigures(
      from,
      to,
      rows.map((row) => ({ agencyId: row.agencyId, closesAt: row.closesAt, feedbackPublishedAt: row.feedbackPublishedAt, marks: marks.get(row.id) ?? [] })),
      names,
    );
  }
}
