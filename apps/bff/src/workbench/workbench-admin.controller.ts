import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { WorkbenchService } from './workbench.service';

@ApiTags('admin: workbench')
@Controller('admin')
export class WorkbenchAdminController {
  constructor(private readonly workbench: WorkbenchService) {}

  /** 工作台: the caller's own work, counted as the lists it links to count it. */
  @Get('workbench')
  get(@CurrentStaff() staff: StaffCaller) {
    return this.workbench.forCaller(staff);
  }
}
