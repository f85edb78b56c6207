import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { cacheable } from '../common/http/etag';
import { IdParam } from '../common/http/id-param.pipe';
import { NoticesService } from './notices.service';

/** Public: a unit's three sections and a notice's detail, with ETag/304. */
@ApiTags('notices')
@Controller()
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Get('agencies/:id/notices')
  async forUnit(@Param('id', IdParam) id: number, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return cacheable(request, reply, await this.notices.forUnit(id));
  }

  @Get('notices/:id')
  async get(@Param('id', IdParam) id: number, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return cacheable(request, reply, await this.notices.get(id));
  }
}
