import { Module } from '@nestjs/common';
import { CalendarAdminController } from './calendar-admin.controller';
import { CalendarAdminService } from './calendar-admin.service';
import { CalendarService } from './calendar.service';
import { CalendarStore, TypeormCalendarStore } from './calendar.store';

@Module({
  controllers: [CalendarAdminController],
  providers: [CalendarService, CalendarAdminService, { provide: CalendarStore, useClass: TypeormCalendarStore }],
  exports: [CalendarService],
})
export class CalendarModule {}
