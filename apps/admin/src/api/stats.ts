import type { MessageStatsQuery, MessageStatsView } from '@weimin/contracts';
import { download, request } from './client';

// 统计分析 (DOMAIN.md §4). Filters are China calendar days, both ends inclusive.

export function getMessageStats(query: MessageStatsQuery, signal?: AbortSignal): Promise<MessageStatsView> {
  return request<MessageStatsView>('/admin/stats/messages', { query: { ...query }, signal });
}

/** 导出 Excel: one workbook with a sheet per table of every section, for the same filters; the BFF audits it. */
export function downloadStatsWorkbook(query: MessageStatsQuery): Promise<{ blob: Blob; filename: string | null }> {
  return download('/admin/stats/export.xlsx', { query: { ...query } });
}
