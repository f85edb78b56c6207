import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { IdParam } from '../common/http/id-param.pipe';
import { CreateNoticeDto, FreshnessQueryDto, NoticeFiguresQueryDto, StaffNoticeQueryDto, UpdateNoticeDto, WithdrawNoticeDto } from './dto/notice.dto';
import { NoticeFreshnessService } from './notice-freshness.service';
import { NoticeStatsService } from './notice-stats.service';
import { NoticesAdminService } from './notices-admin.service';

@ApiTags('admin: notices')
@Controller('admin')
export class NoticesAdminController {
  constructor(
    private readonly notices: NoticesAdminService,
    private readonly freshness: NoticeFreshnessService,
    private readonly stats: NoticeStatsService,
  ) {}

  @Get('notices')
  list(@CurrentStaff() staff: StaffCaller, @Query() query: StaffNoticeQueryDto) {
    return this.notices.list(staff, query);
  }

  @Get('notices/:id')
  get(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.notices.get(staff, id);
  }

  @Post('notices')
  create(@CurrentStaff() staff: StaffCaller, @Body() dto: CreateNoticeDto) {
    return this.notices.create(staff, dto);
  }

  @Patch('notices/:id')
  update(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: UpdateNoticeDto) {
    return this.notices.update(staff, id, dto);
  }

  @Post('notices/:id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: WithdrawNoticeDto) {
    return this.notices.withdraw(staff, id, dto.reason);
  }

  @Get('notice-freshness')
  board(@Query() query: FreshnessQueryDto) {
    return this.freshness.board(query);
  }

  @Get('stats/notices')
  figures(@Query() query: NoticeFiguresQueryDto) {
    return this.stats.figures(query);
  }
}
