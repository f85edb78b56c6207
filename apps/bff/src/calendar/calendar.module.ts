import { Module } from '@nestjs/common';
import { CalendarAdminController } from './calendar-admin.controller';
import { CalendarAdminService } from './calendar-admin.service';
import { CalendarService } from './calendar.service';
import { CALENDAR_STORE_PROVIDER } from './calendar.store';

@Module({
  controllers: [CalendarAdminController],
  providers: [CalendarService, CalendarAdminService, CALENDAR_STORE_PROVIDER],
  exports: [CalendarService],
})
export class CalendarModule {}
