import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { IdParam } from '../common/http/id-param.pipe';
import {
  CreatePolicyDocumentDto,
  InterpretationFiguresQueryDto,
  ReturnInterpretationDto,
  ReviewDecisionDto,
  SaveInterpretationDto,
  StaffInterpretationQueryDto,
  WithdrawInterpretationDto,
} from './dto/interpretation.dto';
import { InterpretationFiguresService } from './interpretation-figures.service';
import { InterpretationsAdminService } from './interpretations-admin.service';

@ApiTags('admin: interpretations')
@Controller('admin')
export class InterpretationsAdminController {
  constructor(
    private readonly interpretations: InterpretationsAdminService,
    private readonly figures: InterpretationFiguresService,
  ) {}

  @Get('policy-documents')
  listPolicyDocuments() {
    return this.interpretations.listPolicyDocuments();
  }

  @Post('policy-documents')
  createPolicyDocument(@CurrentStaff() staff: StaffCaller, @Body() dto: CreatePolicyDocumentDto) {
    return this.interpretations.createPolicyDocument(staff, dto);
  }

  @Get('interpretations')
  list(@CurrentStaff() staff: StaffCaller, @Query() query: StaffInterpretationQueryDto) {
    return this.interpretations.list(staff, query);
  }

  @Get('interpretations/queue')
  queue(@CurrentStaff() staff: StaffCaller) {
    return this.interpretations.queue(staff);
  }

  @Get('interpretations/:id')
  get(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.interpretations.get(staff, id);
  }

  @Post('interpretations')
  create(@CurrentStaff() staff: StaffCaller, @Body() dto: SaveInterpretationDto) {
    return this.interpretations.create(staff, dto);
  }

  @Put('interpretations/:id')
  update(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: SaveInterpretationDto) {
    return this.interpretations.update(staff, id, dto);
  }

  @Post('interpretations/:id/submit')
  @HttpCode(200)
  submit(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.interpretations.submit(staff, id);
  }

  @Post('interpretations/:id/approve')
  @HttpCode(200)
  approve(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: ReviewDecisionDto) {
    return this.interpretations.approve(staff, id, dto.comment);
  }

  @Post('interpretations/:id/return')
  @HttpCode(200)
  return(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: ReturnInterpretationDto) {
    return this.interpretations.return(staff, id, dto.comment);
  }

  @Post('interpretations/:id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: WithdrawInterpretationDto) {
    return this.interpretations.withdraw(staff, id, dto.reason);
  }

  /** For issue #7's statistics page. */
  @Get('stats/interpretations')
  stats(@Query() query: InterpretationFiguresQueryDto) {
    return this.figures.figures(query.from, query.to);
  }
}
