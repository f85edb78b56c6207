import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { WxacodeKind } from '@weimin/contracts';
import { IdParam } from '../common/http/id-param.pipe';
import { WxacodesService } from './wxacodes.service';

/** 小程序码 downloads in the console, beside each item (the access policy says who; any public item, any agency's). */
@ApiTags('admin: wxacodes')
@Controller('admin')
export class WxacodesController {
  constructor(private readonly codes: WxacodesService) {}

  @Get('interpretations/:id/wxacode')
  @ApiProduces('image/png')
  interpretation(@Param('id', IdParam) id: number) {
    return this.file('interpretation', id);
  }

  @Get('agencies/:id/wxacode')
  @ApiProduces('image/png')
  unit(@Param('id', IdParam) id: number) {
    return this.file('unit', id);
  }

  @Get('notices/:id/wxacode')
  @ApiProduces('image/png')
  notice(@Param('id', IdParam) id: number) {
    return this.file('notice', id);
  }

  private async file(kind: WxacodeKind, id: number): Promise<StreamableFile> {
    const { fileName, png } = await this.codes.download(kind, id);
    return new StreamableFile(png, { type: 'image/png', disposition: `attachment; filename="${fileName}"`, length: png.length });
  }
}
