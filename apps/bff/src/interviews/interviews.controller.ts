import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { CurrentCitizen } from '../citizens/current-citizen.decorator';
import { IdParam } from '../common/http/id-param.pipe';
import { AskInterviewQuestionDto, InterviewListQueryDto, MyInterviewQuestionQueryDto, TranscriptQueryDto } from './dto/interview.dto';
import { InterviewsService } from './interviews.service';

/**
 * 在线访谈 for citizens. The reads are public and go through the public-read cache (common/cache): ETag and 304, dropped
 * when the office writes; the transcript's ETag is strong, for clients polling it through proxies.
 */
@ApiTags('interviews')
@Controller('interviews')
export class InterviewsController {
  constructor(private readonly interviews: InterviewsService) {}

  @Get()
  list(@Query() query: InterviewListQueryDto) {
    return this.interviews.list(query);
  }

  /** 我的提问 across interviews. Fastify matches this static path before `:id`, whatever the order here. */
  @Get('questions/mine')
  allMyQuestions(@CurrentCitizen() citizen: CitizenCaller, @Query() query: MyInterviewQuestionQueryDto) {
    return this.interviews.allMyQuestions(citizen, query);
  }

  @Get(':id')
  get(@Param('id', IdParam) id: number) {
    return this.interviews.get(id);
  }

  @Get(':id/transcript')
  transcript(@Param('id', IdParam) id: number, @Query() query: TranscriptQueryDto) {
    return this.interviews.transcript(id, query.after);
  }

  @Get(':id/questions/mine')
  myQuestions(@CurrentCitizen() citizen: CitizenCaller, @Param('id', IdParam) id: number) {
    return this.interviews.myQuestions(citizen, id);
  }

  @Post(':id/questions')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '16-64 characters, kept by the client until acknowledged' })
  async ask(
    @CurrentCitizen() citizen: CitizenCaller,
    @Param('id', IdParam) id: number,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: AskInterviewQuestionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { created, view } = await this.interviews.ask(citizen, id, key, dto);
    reply.status(created ? 201 : 200);
    return view;
  }
}
