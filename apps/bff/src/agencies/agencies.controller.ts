import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/http/id-param.pipe';
import { AgenciesService } from './agencies.service';
import { ListAgenciesQuery } from './dto/list-agencies.query';

/** Public: the mini-program lists units by industry and lets citizens pick the agency to write to. */
@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  list(@Query() query: ListAgenciesQuery) {
    return this.agencies.listActive(query);
  }

  @Get(':id')
  get(@Param('id', IdParam) id: number) {
    return this.agencies.getActive(id);
  }
}
