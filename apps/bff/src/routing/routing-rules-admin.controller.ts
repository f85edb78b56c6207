import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags, PartialType } from '@nestjs/swagger';
import { SaveRoutingRuleRequest } from '@weimin/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { IdParam } from '../common/http/id-param.pipe';
import { RoutingRulesService } from './routing-rules.service';

export class SaveRoutingRuleDto implements SaveRoutingRuleRequest {
  @ApiProperty({ example: '公积金' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  keyword: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  agencyId: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(-100)
  @Max(100)
  priority?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateRoutingRuleDto extends PartialType(SaveRoutingRuleDto) {}

@ApiTags('admin: routing rules')
@Controller('admin/routing-rules')
export class RoutingRulesAdminController {
  constructor(private readonly rules: RoutingRulesService) {}

  @Get()
  list() {
    return this.rules.list();
  }

  @Post()
  create(@CurrentStaff() staff: StaffCaller, @Body() dto: SaveRoutingRuleDto) {
    return this.rules.create(staff, dto);
  }

  @Patch(':id')
  update(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: UpdateRoutingRuleDto) {
    return this.rules.update(staff, id, dto);
  }
}
