import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { IdParam } from '../common/http/id-param.pipe';
import { CreateStaffAccountDto, ListStaffAccountsQuery, ResetPasswordDto, UpdateStaffAccountDto } from './dto/staff-account.dto';
import { StaffService } from './staff.service';

@ApiTags('admin: accounts')
@Controller('admin/accounts')
export class StaffAdminController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  list(@CurrentStaff() caller: StaffCaller, @Query() query: ListStaffAccountsQuery) {
    return this.staff.list(caller, query);
  }

  @Get(':id')
  get(@CurrentStaff() caller: StaffCaller, @Param('id', IdParam) id: number) {
    return this.staff.get(caller, id);
  }

  @Post()
  create(@CurrentStaff() caller: StaffCaller, @Body() dto: CreateStaffAccountDto) {
    return this.staff.create(caller, dto);
  }

  @Patch(':id')
  update(@CurrentStaff() caller: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: UpdateStaffAccountDto) {
    return this.staff.update(caller, id, dto);
  }

  @Post(':id/disable')
  @HttpCode(200)
  disable(@CurrentStaff() caller: StaffCaller, @Param('id', IdParam) id: number) {
    return this.staff.setActive(caller, id, false);
  }

  @Post(':id/enable')
  @HttpCode(200)
  enable(@CurrentStaff() caller: StaffCaller, @Param('id', IdParam) id: number) {
    return this.staff.setActive(caller, id, true);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  unlock(@CurrentStaff() caller: StaffCaller, @Param('id', IdParam) id: number) {
    return this.staff.unlock(caller, id);
  }

  @Post(':id/password')
  @HttpCode(204)
  resetPassword(@CurrentStaff() caller: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: ResetPasswordDto) {
    return this.staff.resetPassword(caller, id, dto.password);
  }
}
