import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/http/id-param.pipe';
import { NoticesService } from './notices.service';

/** Public: a unit's three sections and a notice's detail, with ETag/304 from the public-read cache (common/cache). */
@ApiTags('notices')
@Controller()
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Get('agencies/:id/notices')
  forUnit(@Param('id', IdParam) id: number) {
    return this.notices.forUnit(id);
  }

  @Get('notices/:id')
  get(@Param('id', IdParam) id: number) {
    return this.notices.get(id);
  }
}
