import type { CalendarStatusView, CalendarYearView, SaveCalendarYearRequest } from '@weimin/contracts';
import { request } from './client';

/** Whether a year's holidays must be entered now: the warning comes from the BFF, which knows the date in China. */
export function getCalendarStatus(signal?: AbortSignal): Promise<CalendarStatusView> {
  return request<CalendarStatusView>('/admin/calendar/status', { signal });
}

export function getCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYearView> {
  return request<CalendarYearView>(`/admin/calendar/${year}`, { signal });
}

export function saveCalendarYear(year: number, schedule: SaveCalendarYearRequest): Promise<CalendarYearView> {
  return request<CalendarYearView>(`/admin/calendar/${year}`, { method: 'PUT', body: schedule, notify: false });
}
