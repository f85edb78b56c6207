import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  annualReportTitle,
  ErrorCode,
  LIFE_EVENT_STAGES,
  NOTICE_SECTION_LABELS,
  NoticeSection,
  type AnnualReport,
  type ChannelFiguresRow,
  type ManualFigures,
  type OverviewFigures,
  type ProcessingFeeFigures,
} from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { chinaDay } from '../calendar/working-days';
import { DomainException } from '../common/errors/domain.exception';
import type { AppConfig } from '../config/configuration';
import { addCounts, countsOf, emptyCounts, toFigures, type FigureCounts } from '../stats/message-figures';
import { messageSummarySentence } from '../stats/message-summary';
import { textView, yuanToWanYuan } from './report-inputs.service';
import { reportScope, type ReportScope } from './report-scope';
import { buildTableFour, buildTableThree } from './report-tables';
import { ReportStore } from './report.store';
import { yearBounds, type MessageGroupRow, type ReportYearBounds } from './reports.repository';

/**
 * 政府信息公开工作年度报告 (docs/domain.md §8): the office reads the whole government's report or one department's; a
 * department's head reads their own department's only (docs/security.md §8).
 */
@Injectable()
export class AnnualReportService {
  /** CITY_NAME: the report and its title name the city from configuration (docs/operations.md). */
  readonly cityName: string;

  constructor(
    private readonly store: ReportStore,
    config: ConfigService<AppConfig, true>,
  ) {
    this.cityName = config.get('reports.cityName', { infer: true });
  }

  async annual(caller: StaffCaller, year: number, agencyId: number | undefined, now: Date = new Date()): Promise<AnnualReport> {
    const scope = await reportScope(caller, agencyId, this.store.repositories.agencies);
    if (`${year}-01-01` > chinaDay(now)) throw new DomainException(ErrorCode.ReportYearNotStarted, `${year}年尚未开始，没有可报告的数据`);
    const bounds = yearBounds(year);
    const three = buildTableThree(await this.store.repositories.disclosure.tableThreeRows(bounds, scope.agencyId));
    const remedyRows = await this.store.repositories.disclosure.remedyRows(bounds, scope.agencyId);
    const texts = this.store.repositories.texts;
    const [overview, problems, other] = [
      await texts.latest(year, scope.scopeId, 'overview'),
      await texts.latest(year, scope.scopeId, 'problems'),
      await texts.latest(year, scope.scopeId, 'other'),
    ];
    return {
      year,
      cityName: this.cityName,
      title: annualReportTitle(this.cityName, year, scope.agencyId === null ? null : scope.name),
      agencyId: scope.agencyId,
      agencyName: scope.name,
      overview: { text: textView('overview', overview), figures: await this.overviewFigures(year, bounds, scope, now) },
      proactive: await this.proactive(year, bounds, scope),
      tableThree: three.rows,
      check: three.check,
      tableFour: buildTableFour(remedyRows),
      problems: textView('problems', problems),
      other: textView('other', other),
      processingFees: feeFigures(await this.store.repositories.disclosure.processingFees(bounds, scope.agencyId)),
      generatedAt: now.toISOString(),
    };
  }

  private async overviewFigures(year: number, bounds: ReportYearBounds, scope: ReportScope, now: Date): Promise<OverviewFigures> {
    const publications = this.store.repositories.publications;
    const stages = await publications.interpretationsByStage(bounds, scope.agencyId);
    const sections = await publications.noticesBySection(bounds, scope.agencyId);
    const groups = await publications.messageGroups(bounds, scope.agencyId, now);
    const { totals, byChannel } = messageTotals(groups);
    const to = `${year}-12-31` < chinaDay(now) ? `${year}-12-31` : chinaDay(now);
    return {
      interpretationsByStage: LIFE_EVENT_STAGES.map((stage) => ({ stage: stage.code, label: stage.name, published: stages.get(stage.code) ?? 0 })),
      noticesBySection: Object.values(NoticeSection).map((section) => ({
        section,
        label: NOTICE_SECTION_LABELS[section],
        published: sections.get(section) ?? 0,
      })),
      messages: {
        received: totals.received,
        replied: totals.replied,
        onTime: totals.onTime,
        summary: messageSummarySentence({ from: bounds.firstDay, to }, totals, byChannel),
      },
    };
  }

  /** 二: 规章 and 规范性文件 are the government's own (a department's report leaves them null); the entered rows are summed. */
  private async proactive(year: number, bounds: ReportYearBounds, scope: ReportScope): Promise<AnnualReport['proactive']> {
    const rows = await this.store.repositories.manualFigures.forYear(year, scope.agencyId);
    const manual: ManualFigures = { licensing: 0, penalties: 0, enforcement: 0, feesWanYuan: 0, agenciesReporting: rows.length };
    let feesYuan = 0;
    for (const row of rows) {
      manual.licensing += row.licensing;
      manual.penalties += row.penalties;
      manual.enforcement += row.enforcement;
      feesYuan += Number(row.feesYuan);
    }
    manual.feesWanYuan = yuanToWanYuan(feesYuan);
    if (scope.agencyId !== null) return { regulations: null, normativeDocuments: null, manual };
    const publications = this.store.repositories.publications;
    return {
      regulations: await publications.documentCounts('regulation', bounds),
      normativeDocuments: await publications.documentCounts('normative', bounds),
      manual,
    };
  }
}

/** Fen to yuan and to the official table's 万元 (exact: one fen is 0.000001 万元). */
export function feeFigures({ count, fen }: { count: number; fen: number }): ProcessingFeeFigures {
  return { count, amountYuan: Number((fen / 100).toFixed(2)), amountWanYuan: Number((fen / 1_000_000).toFixed(6)) };
}

/** The statistics' own counting (apps/bff/src/stats/message-figures.ts) over the year's groups: totals and per channel. */
function messageTotals(groups: readonly MessageGroupRow[]): { totals: ReturnType<typeof toFigures>; byChannel: ChannelFiguresRow[] } {
  const total = emptyCounts();
  const channels = new Map<ChannelFiguresRow['channel'], FigureCounts>();
  for (const group of groups) {
    const counts = countsOf(group);
    addCounts(total, counts);
    addCounts(channels.get(group.channel) ?? channels.set(group.channel, emptyCounts()).get(group.channel)!, counts);
  }
  return { totals: toFigures(total), byChannel: [...channels].map(([channel, counts]) => ({ ...toFigures(counts), channel })) };
}
