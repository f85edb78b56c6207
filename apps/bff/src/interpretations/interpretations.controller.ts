import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { CurrentCitizen } from '../citizens/current-citizen.decorator';
import { cacheable } from '../common/http/etag';
import { IdParam } from '../common/http/id-param.pipe';
import { InterpretationDetailQueryDto, InterpretationFeedbackDto, InterpretationQueryDto, InterpretationSearchQueryDto } from './dto/interpretation.dto';
import { InterpretationsService } from './interpretations.service';

/** Published interpretations for citizens and enterprises; reads carry an ETag and answer 304 when unchanged. */
@ApiTags('interpretations')
@Controller('interpretations')
export class InterpretationsController {
  constructor(private readonly interpretations: InterpretationsService) {}

  @Get()
  async list(@Query() query: InterpretationQueryDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return cacheable(request, reply, await this.interpretations.list(query));
  }

  @Get('search')
  async search(@Query() query: InterpretationSearchQueryDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return cacheable(request, reply, await this.interpretations.search(query.q, query.page, query.pageSize));
  }

  /** The ETag leaves the view count out; views are counted by the public-read cache's hooks (common/cache). */
  @Get(':id')
  async get(
    @Param('id', IdParam) id: number,
    @Query() query: InterpretationDetailQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const detail = await this.interpretations.get(id, query.lang);
    return cacheable(request, reply, detail, { ...detail, views: undefined });
  }

  @Post(':id/feedback')
  @HttpCode(200)
  feedback(@CurrentCitizen() citizen: CitizenCaller, @Param('id', IdParam) id: number, @Body() dto: InterpretationFeedbackDto) {
    return this.interpretations.feedback(citizen, id, dto.helpful);
  }
}
