import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { IdParam } from '../common/http/id-param.pipe';
import { PeriodQueryDto } from '../common/http/period-query.dto';
import { InterviewVideoDto, PublishTranscriptEntryDto, SaveInterviewDto, StaffInterviewQueryDto } from './dto/interview.dto';
import { InterviewFiguresService } from './interview-figures.service';
import { InterviewsAdminService } from './interviews-admin.service';

/** 在线访谈 in the console: the office runs them; the guest agency's staff read theirs. */
@ApiTags('admin: interviews')
@Controller('admin')
export class InterviewsAdminController {
  constructor(
    private readonly interviews: InterviewsAdminService,
    private readonly figures: InterviewFiguresService,
  ) {}

  @Get('interviews')
  list(@CurrentStaff() staff: StaffCaller, @Query() query: StaffInterviewQueryDto) {
    return this.interviews.list(staff, query);
  }

  @Get('interviews/:id')
  get(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.interviews.get(staff, id);
  }

  @Get('interviews/:id/questions')
  questions(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.interviews.questions(staff, id);
  }

  @Post('interviews')
  create(@CurrentStaff() staff: StaffCaller, @Body() dto: SaveInterviewDto) {
    return this.interviews.create(staff, dto);
  }

  @Put('interviews/:id')
  update(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: SaveInterviewDto) {
    return this.interviews.update(staff, id, dto);
  }

  @Post('interviews/:id/collect')
  @HttpCode(200)
  collect(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.interviews.step(staff, id, 'collect');
  }

  @Post('interviews/:id/start')
  @HttpCode(200)
  start(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.interviews.step(staff, id, 'start');
  }

  @Post('interviews/:id/end')
  @HttpCode(200)
  end(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.interviews.step(staff, id, 'end');
  }

  @Put('interviews/:id/video')
  setVideo(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: InterviewVideoDto) {
    return this.interviews.setVideo(staff, id, dto.videoUrl);
  }

  @Post('interviews/:id/transcript')
  @HttpCode(200)
  publishEntry(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: PublishTranscriptEntryDto) {
    return this.interviews.publishEntry(staff, id, dto);
  }

  /** By the question's own id (ids are unique across interviews), so each route takes one id. */
  @Post('interview-questions/:id/hide')
  @HttpCode(200)
  hide(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) questionId: number) {
    return this.interviews.moderate(staff, questionId, 'hidden');
  }

  @Post('interview-questions/:id/show')
  @HttpCode(200)
  show(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) questionId: number) {
    return this.interviews.moderate(staff, questionId, 'shown');
  }

  @Get('stats/interviews')
  stats(@Query() query: PeriodQueryDto) {
    return this.figures.figures(query.from, query.to);
  }
}
