import type { PublishedReport, PublishedReportSummary } from '@weimin/contracts';
import { request } from './http';

/** 政府信息公开工作年度报告 as published: every version, newest year first; a corrected one is marked superseded. */
export function listPublishedReports(): Promise<PublishedReportSummary[]> {
  return request<PublishedReportSummary[]>('/reports/annual', { silent: true });
}

export function getPublishedReport(id: number): Promise<PublishedReport> {
  return request<PublishedReport>(`/reports/annual/${id}`);
}
