import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { IdParam } from '../common/http/id-param.pipe';
import { OutboxService } from './outbox.service';

/** Notifications that could not be delivered, for the office to see and retry (docs/security.md §19). */
@ApiTags('admin: outbox')
@Controller('admin/outbox')
export class OutboxAdminController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  stuck() {
    return this.outbox.listForOffice();
  }

  @Post(':id/retry')
  @HttpCode(204)
  retry(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.outbox.retry(staff, id);
  }
}
