import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { CurrentCitizen } from '../citizens/current-citizen.decorator';
import { IdParam } from '../common/http/id-param.pipe';
import { CreateOpinionDto, SolicitationQueryDto } from './dto/solicitation.dto';
import { SolicitationsService } from './solicitations.service';

/** 意见征集 for the public: the reads are cached with an ETag (common/cache); opinions need a signed-in citizen. */
@ApiTags('solicitations')
@Controller('solicitations')
export class SolicitationsController {
  constructor(private readonly solicitations: SolicitationsService) {}

  @Get()
  list(@Query() query: SolicitationQueryDto) {
    return this.solicitations.list(query);
  }

  @Get('opinions/mine')
  mine(@CurrentCitizen() citizen: CitizenCaller) {
    return this.solicitations.mine(citizen);
  }

  @Get(':id')
  get(@Param('id', IdParam) id: number) {
    return this.solicitations.get(id);
  }

  @Post(':id/opinions')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '16-64 characters, kept by the client until acknowledged' })
  async submitOpinion(
    @CurrentCitizen() citizen: CitizenCaller,
    @Param('id', IdParam) id: number,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: CreateOpinionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { created, view } = await this.solicitations.submitOpinion(citizen, id, key, dto);
    reply.status(created ? 201 : 200);
    return view;
  }
}
