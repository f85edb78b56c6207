import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { IdParam } from '../common/http/id-param.pipe';
import { PeriodQueryDto } from '../common/http/period-query.dto';
import {
  MarkOpinionDto,
  ReturnSolicitationDto,
  SaveSolicitationDto,
  SaveSolicitationFeedbackDto,
  SolicitationDecisionDto,
  StaffSolicitationQueryDto,
} from './dto/solicitation.dto';
import { SolicitationFiguresService } from './solicitation-figures.service';
import { SolicitationsAdminService } from './solicitations-admin.service';

@ApiTags('admin: solicitations')
@Controller('admin')
export class SolicitationsAdminController {
  constructor(
    private readonly solicitations: SolicitationsAdminService,
    private readonly figures: SolicitationFiguresService,
  ) {}

  @Get('solicitations')
  list(@CurrentStaff() staff: StaffCaller, @Query() query: StaffSolicitationQueryDto) {
    return this.solicitations.list(staff, query);
  }

  @Get('solicitations/queue')
  queue(@CurrentStaff() staff: StaffCaller) {
    return this.solicitations.queue(staff);
  }

  @Get('solicitations/overdue')
  overdue(@CurrentStaff() staff: StaffCaller) {
    return this.solicitations.overdue(staff);
  }

  /** 待审核意见: opinions held by moderation, for the office. */
  @Get('solicitations/opinions/held')
  heldOpinions(@CurrentStaff() staff: StaffCaller) {
    return this.solicitations.heldOpinions(staff);
  }

  @Post('solicitations/opinions/:opinionId/release')
  @HttpCode(200)
  releaseOpinion(@CurrentStaff() staff: StaffCaller, @Param('opinionId', IdParam) opinionId: number) {
    return this.solicitations.releaseOpinion(staff, opinionId);
  }

  @Get('solicitations/:id')
  get(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.solicitations.get(staff, id);
  }

  @Get('solicitations/:id/opinions')
  opinions(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.solicitations.opinions(staff, id);
  }

  @Post('solicitations')
  create(@CurrentStaff() staff: StaffCaller, @Body() dto: SaveSolicitationDto) {
    return this.solicitations.create(staff, dto);
  }

  @Put('solicitations/:id')
  update(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: SaveSolicitationDto) {
    return this.solicitations.update(staff, id, dto);
  }

  @Post('solicitations/:id/submit')
  @HttpCode(200)
  submit(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.solicitations.submit(staff, id);
  }

  @Post('solicitations/:id/approve')
  @HttpCode(200)
  approve(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: SolicitationDecisionDto) {
    return this.solicitations.approve(staff, id, dto.comment);
  }

  @Post('solicitations/:id/return')
  @HttpCode(200)
  return(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: ReturnSolicitationDto) {
    return this.solicitations.return(staff, id, dto.comment);
  }

  @Put('solicitations/:id/opinions/:opinionId/mark')
  markOpinion(
    @CurrentStaff() staff: StaffCaller,
    @Param('id', IdParam) id: number,
    @Param('opinionId', IdParam) opinionId: number,
    @Body() dto: MarkOpinionDto,
  ) {
    return this.solicitations.markOpinion(staff, id, opinionId, dto);
  }

  @Put('solicitations/:id/feedback')
  saveFeedback(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: SaveSolicitationFeedbackDto) {
    return this.solicitations.saveFeedback(staff, id, dto);
  }

  @Post('solicitations/:id/feedback/submit')
  @HttpCode(200)
  submitFeedback(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.solicitations.submitFeedback(staff, id);
  }

  @Post('solicitations/:id/feedback/approve')
  @HttpCode(200)
  approveFeedback(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: SolicitationDecisionDto) {
    return this.solicitations.approveFeedback(staff, id, dto.comment);
  }

  @Post('solicitations/:id/feedback/return')
  @HttpCode(200)
  returnFeedback(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: ReturnSolicitationDto) {
    return this.solicitations.returnFeedback(staff, id, dto.comment);
  }

  /** 统计分析 › 意见征集. */
  @Get('stats/solicitations')
  stats(@Query() query: PeriodQueryDto) {
    return this.figures.figures(query.from, query.to);
  }
}
