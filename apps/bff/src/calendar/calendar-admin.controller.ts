import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type CalendarStatusView, type CalendarYearView } from '@weimin/contracts';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { CalendarAdminService, FIRST_YEAR, LAST_YEAR } from './calendar-admin.service';
import { CalendarService } from './calendar.service';
import { SaveCalendarYearDto } from './dto/save-calendar-year.dto';

const YearParam = new ParseIntPipe({
  exceptionFactory: () =>
    new DomainException(ErrorCode.ValidationFailed, '年份不正确', [
      { field: 'year', messages: [`year must be an integer from ${FIRST_YEAR} to ${LAST_YEAR}`] },
    ]),
});

@ApiTags('admin: calendar')
@Controller('admin/calendar')
export class CalendarAdminController {
  constructor(
    private readonly admin: CalendarAdminService,
    private readonly calendar: CalendarService,
  ) {}

  @Get('status')
  @ApiOperation({ summary: 'Years whose holiday schedule is needed now (next year from 1 December) and not entered, with the warning to show' })
  status(): Promise<CalendarStatusView> {
    return this.calendar.status();
  }

  @Get(':year')
  @ApiOperation({ summary: "A year's calendar: every day's kind (workday, weekend, holiday, make-up workday) and the layer it comes from" })
  year(@Param('year', YearParam) year: number): Promise<CalendarYearView> {
    return this.admin.year(year);
  }

  @Put(':year')
  @ApiOperation({
    summary: "Enter a year's holidays and make-up workdays (replaces the year's earlier entry; audited). New deadlines use it at once; stored ones stay.",
  })
  save(@CurrentStaff() staff: StaffCaller, @Param('year', YearParam) year: number, @Body() dto: SaveCalendarYearDto): Promise<CalendarYearView> {
    return this.admin.save(staff, year, dto);
  }
}
