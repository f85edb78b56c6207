import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiHeader, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { CurrentCitizen } from '../citizens/current-citizen.decorator';
import { IdParam } from '../common/http/id-param.pipe';
import { DisclosureService } from './disclosure.service';
import { CitizenCorrectionDto, CreateDisclosureDto } from './dto/disclosure.dto';
import { DOCX_TYPE, type LetterFile } from './letter-file';

/** The attachment headers of a reply letter (the number, in Chinese, as the RFC 5987 file name). */
export function letterDownload(file: LetterFile): StreamableFile {
  return new StreamableFile(file.content, {
    type: DOCX_TYPE,
    disposition: `attachment; filename="reply-letter.docx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    length: file.content.length,
  });
}

/** 依申请公开: the applicant's own applications (never public, docs/security.md §8). */
@ApiTags('disclosure')
@Controller('disclosure/applications')
export class DisclosureController {
  constructor(private readonly disclosure: DisclosureService) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '16-64 characters, kept by the client until acknowledged' })
  async apply(
    @CurrentCitizen() citizen: CitizenCaller,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: CreateDisclosureDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { created, view } = await this.disclosure.apply(citizen, key, dto);
    reply.status(created ? 201 : 200);
    return view;
  }

  @Get('mine')
  listMine(@CurrentCitizen() citizen: CitizenCaller) {
    return this.disclosure.listMine(citizen);
  }

  @Get('mine/:id')
  mine(@CurrentCitizen() citizen: CitizenCaller, @Param('id', IdParam) id: number) {
    return this.disclosure.mine(citizen, id);
  }

  /** The applicant's own 补正, only while one is awaited (409 otherwise); the clock restarts from today. */
  @Post('mine/:id/correction')
  @HttpCode(200)
  correct(@CurrentCitizen() citizen: CitizenCaller, @Param('id', IdParam) id: number, @Body() dto: CitizenCorrectionDto) {
    return this.disclosure.correct(citizen, id, dto);
  }

  @Get('mine/:id/letter')
  @ApiProduces(DOCX_TYPE)
  async letter(@CurrentCitizen() citizen: CitizenCaller, @Param('id', IdParam) id: number) {
    return letterDownload(await this.disclosure.letter(citizen, id));
  }
}
