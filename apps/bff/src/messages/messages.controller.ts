import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { MessageDeadlinesView } from '@weimin/contracts';
import type { FastifyReply } from 'fastify';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { CurrentCitizen } from '../citizens/current-citizen.decorator';
import { IdParam } from '../common/http/id-param.pipe';
import type { AppConfig } from '../config/configuration';
import { CreateMessageDto, RateMessageDto } from './dto/create-message.dto';
import { deadlinesView } from './message-deadlines';
import { MessagesService } from './messages.service';

/** The citizen's messages. */
@ApiTags('messages')
@Controller('messages')
export class MessagesController {
  constructor(
    private readonly messages: MessagesService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  /**
   * Public: the compose page shows these before anyone signs in. From the configured rules due dates are computed with;
   * ETag and 304 from the public-read cache (common/cache).
   */
  @Get('deadlines')
  deadlines(): MessageDeadlinesView {
    return deadlinesView(this.config.get('deadlines', { infer: true }));
  }

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '16-64 characters, kept by the client until acknowledged' })
  async submit(
    @CurrentCitizen() citizen: CitizenCaller,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: CreateMessageDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { created, view } = await this.messages.submit(citizen, key, dto);
    reply.status(created ? 201 : 200);
    return view;
  }

  @Get('mine')
  listMine(@CurrentCitizen() citizen: CitizenCaller) {
    return this.messages.listMine(citizen);
  }

  @Get('mine/:id')
  mine(@CurrentCitizen() citizen: CitizenCaller, @Param('id', IdParam) id: number) {
    return this.messages.mine(citizen, id);
  }

  @Post('mine/:id/rating')
  @HttpCode(200)
  rate(@CurrentCitizen() citizen: CitizenCaller, @Param('id', IdParam) id: number, @Body() dto: RateMessageDto) {
    return this.messages.rate(citizen, id, dto);
  }
}
