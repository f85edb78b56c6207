import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { IdParam } from '../common/http/id-param.pipe';
import { AgenciesAdminService } from './agencies-admin.service';
import { CreateAgencyDto, UpdateAgencyDto } from './dto/agency-admin.dto';

@ApiTags('admin: agencies')
@Controller('admin/agencies')
export class AgenciesAdminController {
  constructor(private readonly agencies: AgenciesAdminService) {}

  @Get()
  list() {
    return this.agencies.list();
  }

  @Post()
  create(@CurrentStaff() caller: StaffCaller, @Body() dto: CreateAgencyDto) {
    return this.agencies.create(caller, dto);
  }

  @Patch(':id')
  update(@CurrentStaff() caller: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: UpdateAgencyDto) {
    return this.agencies.update(caller, id, dto);
  }
}
