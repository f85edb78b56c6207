import { Injectable } from '@nestjs/common';
import type { InterviewFiguresView, InterviewYearFigures } from '@weimin/contracts';
import { chinaDay, startOfChinaDay, startOfNextChinaDay } from '../calendar/working-days';
import { assertPeriodOrder } from '../common/http/period-query.dto';
import { InterviewStore } from './interview.store';

/**
 * 在线访谈 in 统计分析 and its export (stats/): per year of the planned start, interviews held or planned, questions
 * received, answered live, and answered afterwards (the converted messages the guest agency has replied to).
 */
@Injectable()
export class InterviewFiguresService {
  constructor(private readonly store: InterviewStore) {}

  async figures(from: string, to: string): Promise<InterviewFiguresView> {
    assertPeriodOrder(from, to);
    const rows = await this.store.repositories.interviews.figuresByInterview(startOfChinaDay(from), startOfNextChinaDay(to));
    const years = new Map<number, InterviewYearFigures>();
    for (const row of rows) {
      const year = Number(chinaDay(row.startsAt).slice(0, 4));
      const sum = years.get(year) ?? { year, interviews: 0, questionsReceived: 0, answeredLive: 0, convertedToMessages: 0, answeredAfterwards: 0 };
      sum.interviews += 1;
      sum.questionsReceived += row.questionsReceived;
      sum.answeredLive += row.answeredLive;
      sum.convertedToMessages += row.convertedToMessages;
      sum.answeredAfterwards += row.answeredAfterwards;
      years.set(year, sum);
    }
    const ordered = [...years.values()].sort((a, b) => a.year - b.year);
    const total = { interviews: 0, questionsReceived: 0, answeredLive: 0, convertedToMessages: 0, answeredAfterwards: 0 };
    for (const year of ordered) for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += year[key];
    return { from, to, years: ordered, total };
  }
}
