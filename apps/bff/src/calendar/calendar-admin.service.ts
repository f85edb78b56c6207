import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, CalendarDayView, CalendarYearView, ErrorCode, FieldError, SaveCalendarYearRequest } from '@weimin/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { StaffAccount } from '../staff/staff-account.entity';
import { CalendarDay } from './calendar-day.entity';
import { CalendarYear } from './calendar-year.entity';
import { CalendarService } from './calendar.service';
import { nextDay } from './working-days';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** 节假日安排: the office's administrator enters each year's holidays and 调休 as the State Council publishes them. */
@Injectable()
export class CalendarAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
    private readonly audit: AuditService,
  ) {}

  async year(year: number): Promise<CalendarYearView> {
    assertYear(year);
    const calendar = await this.calendar.fresh();
    const days: CalendarDayView[] = [];
    for (let date = `${year}-01-01`; date.startsWith(String(year)); date = nextDay(date)) days.push({ date, ...calendar.day(date) });
    const entered = await this.dataSource.getRepository(CalendarYear).findOneBy({ year });
    const enteredBy = entered
      ? await this.dataSource.getRepository(StaffAccount).findOne({ where: { id: entered.enteredById }, select: { displayName: true } })
      : null;
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
      await this.dataSource.transaction(async (manager) => {
        const now = new Date();
        // The UPDATE locks the year's row on MySQL, so two saves of one year take turns; the first save inserts it.
        const updated = await manager
          .createQueryBuilder()
          .update(CalendarYear)
          .set({ revision: () => 'revision + 1', enteredById: caller.id, enteredAt: now })
          .where('year = :year', { year })
          .execute();
        if (!updated.affected) await manager.insert(CalendarYear, { year, revision: 1, enteredById: caller.id, enteredAt: now });
        await manager.delete(CalendarDay, { year });
        const rows = [
          ...request.holidays.map((h) => ({ date: h.date, year, kind: 'holiday' as const, name: h.name })),
          ...request.workdays.map((w) => ({ date: w.date, year, kind: 'workday' as const, name: w.name || null })),
        ];
        if (rows.length) await manager.insert(CalendarDay, rows);
        await this.audit.recordStaff(manager, caller, { action: AuditAction.CalendarYearSaved, objectType: 'calendar_year', objectId: year });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, '该年度的节假日安排刚被他人保存，请刷新后再试');
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
  if (errors.length) throw new DomainException(ErrorCode.ValidationFailed, '节假日安排有误', errors);
}
