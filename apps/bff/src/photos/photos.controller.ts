import { Controller, Get, Param, Post, Req, StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ErrorCode, MESSAGE_IMAGE_MAX_BYTES } from '@weimin/contracts';
import type { FastifyRequest } from 'fastify';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { CurrentCitizen } from '../citizens/current-citizen.decorator';
import { DomainException } from '../common/errors/domain.exception';
import { IdParam } from '../common/http/id-param.pipe';
import { PhotosService } from './photos.service';
import { readSingleUpload } from './single-upload';

/** The one file of a multipart upload (wx.uploadFile sends exactly one), at most MESSAGE_IMAGE_MAX_BYTES. */
async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  const upload = await readSingleUpload(request, MESSAGE_IMAGE_MAX_BYTES);
  if (upload.kind === 'file') return upload.bytes;
  if (upload.kind === 'too_large') {
    throw new DomainException(ErrorCode.PhotoTooLarge, '图片不能超过5MB', [{ field: 'file', messages: [`at most ${MESSAGE_IMAGE_MAX_BYTES} bytes`] }]);
  }
  throw new DomainException(ErrorCode.PhotoMissing, '请选择一张图片上传', [{ field: 'file', messages: ['须以 multipart/form-data 上传一个文件'] }]);
}

/** A citizen's photos for a message: uploaded one per request before submitting, named in `imageIds`. */
@ApiTags('citizen')
@Controller('citizen/uploads')
export class PhotosController {
  constructor(private readonly photos: PhotosService) {}

  @Post()
  @ApiConsumes('multipart/form-data')
  async upload(@CurrentCitizen() citizen: CitizenCaller, @Req() request: FastifyRequest) {
    return this.photos.upload(citizen, await uploadedFile(request));
  }

  @Get(':id')
  @ApiProduces('image/jpeg')
  async own(@CurrentCitizen() citizen: CitizenCaller, @Param('id', IdParam) id: number) {
    return new StreamableFile(await this.photos.own(citizen, id), { type: 'image/jpeg' });
  }
}
