import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ErrorCode } from '@weimin/contracts';
import type { FastifyReply } from 'fastify';
import { DomainException } from '../common/errors/domain.exception';
import { PhotoChecksService } from './photo-checks.service';

type PushQuery = { signature?: string; timestamp?: string; nonce?: string; echostr?: string };

/** WeChat's calls to the BFF: downloading a photo it checks, and the message push carrying its verdict. */
@ApiExcludeController()
@Controller('wechat')
export class WechatPushController {
  constructor(private readonly checks: PhotoChecksService) {}

  @Get('media/:token')
  async media(@Param('token') token: string) {
    return new StreamableFile(await this.checks.mediaForWechat(token), { type: 'image/jpeg' });
  }

  /** The MP console's check of the push URL: echo `echostr` when the signature is right. */
  @Get('push')
  verify(@Query() query: PushQuery, @Res({ passthrough: true }) reply: FastifyReply): string {
    this.assertSigned(query);
    void reply.type('text/plain; charset=utf-8');
    return String(query.echostr ?? '');
  }

  /** WeChat expects `success` (or an empty answer) once the push is taken. */
  @Post('push')
  @HttpCode(200)
  async push(@Query() query: PushQuery, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    this.assertSigned(query);
    await this.checks.receivePush(body);
    void reply.type('text/plain; charset=utf-8');
    return 'success';
  }

  private assertSigned(query: PushQuery): void {
    if (!this.checks.verifySignature(query)) throw new DomainException(ErrorCode.Forbidden, '消息推送签名无效');
  }
}
