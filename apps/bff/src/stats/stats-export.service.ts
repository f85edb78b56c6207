import { Injectable } from '@nestjs/common';
import { AuditAction, type MessageStatsQuery } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { chinaDay } from '../calendar/working-days';
import { InterpretationFiguresService } from '../interpretations/interpretation-figures.service';
import { NoticeStatsService } from '../notices/notice-stats.service';
import { SolicitationFiguresService } from '../solicitations/solicitation-figures.service';
import { interpretationSheets, noticeSheets, solicitationSheets } from './figure-sheets';
import { MessageStatsService } from './message-stats.service';
import { messageStatsSheets } from './message-stats.sheets';
import { StatsSheet, writeStatsWorkbook } from './stats-workbook';
import { StatsStore } from './stats.store';

/** The first day a report can cover: a period without a start means everything so far. */
const EARLIEST_DAY = '2000-01-01';

/** One section of the exported workbook: 留言, 政策解读, 公共企事业单位, 意见征集. */
export interface StatsSheetSource {
  sheets(caller: StaffCaller, query: MessageStatsQuery): Promise<StatsSheet[]>;
}

/**
 * 导出 Excel: every section's sheets in one .xlsx, with the dashboard's filters. Figures only, no personal data;
 * each export is audited (docs/security.md §21).
 */
@Injectable()
export class StatsExportService {
  private readonly sources: StatsSheetSource[];

  constructor(
    private readonly store: StatsStore,
    messages: MessageStatsService,
    interpretations: InterpretationFiguresService,
    notices: NoticeStatsService,
    solicitations: SolicitationFiguresService,
  ) {
    // Interpretations and notices are counted by period only: agency, type and channel are message filters.
    const period = (query: MessageStatsQuery) => ({ from: query.from ?? EARLIEST_DAY, to: query.to ?? chinaDay(new Date()) });
    this.sources = [
      {
        sheets: async (caller, query) => {
          const view = await messages.messageStats(caller, query);
          return messageStatsSheets(view, await this.agencyName(view.query.agencyId));
        },
      },
      {
        sheets: async (_caller, query) => {
          const { from, to } = period(query);
          return interpretationSheets(await interpretations.figures(from, to));
        },
      },
      { sheets: async (_caller, query) => noticeSheets(await notices.figures(period(query))) },
      {
        sheets: async (_caller, query) => {
          const { from, to } = period(query);
          return solicitationSheets(await solicitations.figures(from, to));
        },
      },
    ];
  }

  async workbook(caller: StaffCaller, query: MessageStatsQuery): Promise<Buffer> {
    const sheets: StatsSheet[] = [];
    for (const source of this.sources) sheets.push(...(await source.sheets(caller, query)));
    const file = await writeStatsWorkbook(sheets);
    await this.store.transaction(({ audit }) =>
      audit.recordStaff(caller, {
        action: AuditAction.StatsExported,
        objectType: 'stats',
        objectId: 'export.xlsx',
        reason: describeQuery(query),
      }),
    );
    return file;
  }

  private async agencyName(agencyId: number | undefined): Promise<string | null> {
    if (!agencyId) return null;
    return (await this.store.repositories.stats.agencyNames([agencyId])).get(agencyId) ?? `#${agencyId}`;
  }
}

/** The filters as the audit row keeps them: ids and dates only. */
function describeQuery(query: MessageStatsQuery): string {
  const parts = (['from', 'to', 'agencyId', 'type', 'channel'] as const).filter((key) => query[key] !== undefined).map((key) => `${key}=${query[key]}`);
  return parts.length > 0 ? parts.join('&') : 'all';
}
