import { Injectable } from '@nestjs/common';
import { AuditAction, CalendarDayView, CalendarYearView, ErrorCode, FieldError, SaveCalendarYearRequest } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { CalendarService } from './calendar.service';
import { CalendarStore } from './calendar.store';
import { nextDay } from './working-days';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** 节假日安排: the office's administrator enters each year's holidays and 调休 as the State Council publishes them. */
@Injectable()
export class CalendarAdminService {
  constructor(
    private readonly store: CalendarStore,
    private readonly calendar: CalendarService,
  ) {}

  async year(year: number): Promise<CalendarYearView> {
    assertYear(year);
    const calendar = await this.calendar.fresh();
    const days: CalendarDayView[] = [];
    for (let date = `${year}-01-01`; date.startsWith(String(year)); date = nextDay(date)) days.push({ date, ...calendar.day(date) });
    const { calendar: years, accounts } = this.store.repositories;
    const entered = await years.findYear(year);
    const enteredBy = entered ? await accounts.findById(entered.enteredById) : null;
    return {
      year,
      scheduleSource: calendar.scheduleSource(year),
      enteredBy: entered ? (enteredBy?.displayName ?? null) : null,
      enteredAt: entered ? entered.enteredAt.toISOString() : null,
      days,
      holidays: days.filter((d) => d.kind === 'holiday').map(({ date, name }) => ({ date, name })),
      workdays: days.filter((d) => d.kind === 'makeup_workday').map(({ date, name }) => ({ date, name })),
    };
  }

  async save(caller: StaffCaller, year: number, request: SaveCalendarYearRequest): Promise<CalendarYearView> {
    assertYear(year);
    assertEntries(year, request);
    try {
      await this.store.transaction(async ({ calendar: years, audit }) => {
        const now = new Date();
        // Two saves of one year take turns on its row; the first save of a year inserts it.
        if (!(await years.bumpRevision(year, caller.id, now))) await years.insertFirstRevision(year, caller.id, now);
        await years.replaceDays(year, [
          ...request.holidays.map((h) => ({ date: h.date, year, kind: 'holiday' as const, name: h.name })),
          ...request.workdays.map((w) => ({ date: w.date, year, kind: 'workday' as const, name: w.name || null })),
        ]);
        await audit.recordStaff(caller, { action: AuditAction.CalendarYearSaved, objectType: 'calendar_year', objectId: year });
      });
    } catch (error) {
      // Another first save of the same year committed in between: nothing of this one was written.
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.CalendarRevisionChanged, '该年度的节假日安排刚被他人保存，请刷新后再试');
      throw error;
    }
    return this.year(year);
  }
}

function assertYear(year: number): void {
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new DomainException(ErrorCode.ValidationFailed, '年份不正确', [{ field: 'year', messages: [`year must be from ${FIRST_YEAR} to ${LAST_YEAR}`] }]);
  }
}

/** Every date a real day of `year`, none twice (in either list), and each make-up working day a Saturday or Sunday. */
function assertEntries(year: number, request: SaveCalendarYearRequest): void {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const check = (list: 'holidays' | 'workdays', index: number, date: string) => {
    const field = `${list}.${index}.date`;
    const parsed = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) errors.push({ field, messages: [`${date} 不是有效日期`] });
    else if (!date.startsWith(`${year}-`)) errors.push({ field, messages: [`${date} 不在${year}年`] });
    else if (seen.has(date)) errors.push({ field, messages: [`${date} 重复`] });
    else if (list === 'workdays' && parsed.getUTCDay() !== 0 && parsed.getUTCDay() !== 6) errors.push({ field, messages: [`${date} 不是周末，无需调休上班`] });
    seen.add(date);
  };
  request.holidays.forEach((h, i) => check('holidays', i, h.date));
  request.workdays.forEach((w, i) => check('workdays', i, w.date));
  if (errors.length) throw new DomainException(ErrorCode.CalendarEntriesInvalid, '节假日安排有误', errors);
}
