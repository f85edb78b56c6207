import type { InterpretationFigures, InterviewFiguresView, MessageStatsQuery, MessageStatsView, NoticeFigures, SolicitationFigures } from '@weimin/contracts';
import { download, request } from './client';

// 统计分析 (docs/domain.md §4). Filters are China calendar days, both ends inclusive.

export function getMessageStats(query: MessageStatsQuery, signal?: AbortSignal): Promise<MessageStatsView> {
  return request<MessageStatsView>('/admin/stats/messages', { query: { ...query }, signal });
}

/** A period for the figures counted by period only: the dashboard's own, or everything up to today. */
export interface StatsPeriod {
  from: string;
  to: string;
}

/** Interpretations published in the period, per stage and per drafting agency. */
export function getInterpretationFigures(period: StatsPeriod, signal?: AbortSignal): Promise<InterpretationFigures> {
  return request<InterpretationFigures>('/admin/stats/interpretations', { query: { ...period }, signal });
}

/** Notices published in the period per unit and section, and the unit-sections stale now. */
export function getNoticeFigures(period: StatsPeriod, signal?: AbortSignal): Promise<NoticeFigures> {
  return request<NoticeFigures>('/admin/stats/notices', { query: { ...period }, signal });
}

/** 意见征集 published in the period, per agency, with their opinions' adoption and the time to feedback. */
export function getSolicitationFigures(period: StatsPeriod, signal?: AbortSignal): Promise<SolicitationFigures> {
  return request<SolicitationFigures>('/admin/stats/solicitations', { query: { ...period }, signal });
}

/** 在线访谈 planned to start in the period, per year, with the questions they drew and what became of them. */
export function getInterviewFigures(period: StatsPeriod, signal?: AbortSignal): Promise<InterviewFiguresView> {
  return request<InterviewFiguresView>('/admin/stats/interviews', { query: { ...period }, signal });
}

/** 导出 Excel: one workbook with a sheet per table of every section, for the same filters; the BFF audits it. */
export function downloadStatsWorkbook(query: MessageStatsQuery): Promise<{ blob: Blob; filename: string | null }> {
  return download('/admin/stats/export.xlsx', { query: { ...query } });
}
