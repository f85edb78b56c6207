import type {
  AnnualReport,
  ManualFiguresRow,
  PublishedReport,
  ReportTextSection,
  ReportTextView,
  SaveManualFiguresRequest,
  SaveReportTextRequest,
} from '@weimin/contracts';
import { download, request } from './client';

// 年度报告 (docs/domain.md §8): `agencyId` absent is the whole government's report.

export interface ReportQuery {
  year: number;
  agencyId?: number;
}

export function getAnnualReport(query: ReportQuery, signal?: AbortSignal): Promise<AnnualReport> {
  return request<AnnualReport>('/admin/reports/annual', { query: { ...query }, signal });
}

export function saveReportText(query: ReportQuery, section: ReportTextSection, body: SaveReportTextRequest): Promise<ReportTextView> {
  return request<ReportTextView>(`/admin/reports/annual/texts/${section}`, { method: 'PUT', query: { ...query }, body, notify: false });
}

export function getReportTextHistory(query: ReportQuery, section: ReportTextSection, signal?: AbortSignal): Promise<ReportTextView[]> {
  return request<ReportTextView[]>(`/admin/reports/annual/texts/${section}/history`, { query: { ...query }, signal });
}

export function getManualFigures(query: ReportQuery, signal?: AbortSignal): Promise<ManualFiguresRow[]> {
  return request<ManualFiguresRow[]>('/admin/reports/manual-figures', { query: { ...query }, signal });
}

export function saveManualFigures(year: number, agencyId: number, body: SaveManualFiguresRequest): Promise<ManualFiguresRow> {
  return request<ManualFiguresRow>('/admin/reports/manual-figures', { method: 'PUT', query: { year, agencyId }, body, notify: false });
}

/** The .xlsx (tables) or .docx (the whole report); the BFF audits each. */
export function downloadAnnualReport(query: ReportQuery, format: 'xlsx' | 'docx'): Promise<{ blob: Blob; filename: string | null }> {
  return download(`/admin/reports/annual.${format}`, { query: { ...query } });
}

/** 发布到小程序: the report of `query` frozen as it stands; again for the same year and publisher: a corrected version. */
export function publishAnnualReport(query: ReportQuery): Promise<PublishedReport> {
  return request<PublishedReport>(`/admin/reports/annual/${query.year}/publish`, {
    method: 'POST',
    query: query.agencyId === undefined ? {} : { agencyId: query.agencyId },
    notify: false,
  });
}
