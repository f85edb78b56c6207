import { Module } from '@nestjs/common';
import { CalendarAdminController } from './calendar-admin.controller';
import { CalendarAdminService } from './calendar-admin.service';
import { CalendarService } from './calendar.service';

@Module({
  controllers: [CalendarAdminController],
  providers: [CalendarService, CalendarAdminService],
  exports: [CalendarService],
})
export class CalendarModule {}
