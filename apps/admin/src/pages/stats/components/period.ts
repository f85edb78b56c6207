import type { MessageStatsQuery } from '@weimin/contracts';
import type { StatsPeriod } from '../../../api/stats';
import { chinaToday } from '../../../components/china-day';

/** The first day a report can cover, as the BFF's export has it: a period without a start means everything so far. */
const EARLIEST_DAY = '2000-01-01';

/** The dashboard's period for the sections counted by period only (agency, type and channel are message filters). */
export function periodOf(query: MessageStatsQuery): StatsPeriod {
  return { from: query.from ?? EARLIEST_DAY, to: query.to ?? chinaToday() };
}
