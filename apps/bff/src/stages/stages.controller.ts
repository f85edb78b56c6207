import { Controller, Get, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Audience } from '@weimin/contracts';
import { IsIn, IsOptional } from 'class-validator';
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

  /** ETag, 304 and caching: the public-read cache (common/cache). */
  @Get()
  list(@Query() query: ListStagesQuery) {
    return this.stages.list(query.audience);
  }
}
