import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Audience } from '@weimin/contracts';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { cacheable } from '../common/http/etag';
import { StagesService } from './stages.service';

export class ListStagesQuery {
  @ApiPropertyOptional({ enum: Object.values(Audience) })
  @IsOptional()
  @IsIn(Object.values(Audience))
  audience?: Audience;
}

@ApiTags('stages')
@Controller('stages')
export class StagesController {
  constructor(private readonly stages: StagesService) {}

  @Get()
  async list(@Query() query: ListStagesQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return cacheable(request, reply, await this.stages.list(query.audience));
  }
}
