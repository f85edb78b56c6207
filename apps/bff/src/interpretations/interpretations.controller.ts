import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { CurrentCitizen } from '../citizens/current-citizen.decorator';
import { IdParam } from '../common/http/id-param.pipe';
import { InterpretationDetailQueryDto, InterpretationFeedbackDto, InterpretationQueryDto, InterpretationSearchQueryDto } from './dto/interpretation.dto';
import { InterpretationsService } from './interpretations.service';

/**
 * Published interpretations for citizens and enterprises. The public-read cache (common/cache) answers the reads with an
 * ETag and a 304 when unchanged (a detail's ETag leaves its view count out), and counts the views.
 */
@ApiTags('interpretations')
@Controller('interpretations')
export class InterpretationsController {
  constructor(private readonly interpretations: InterpretationsService) {}

  @Get()
  list(@Query() query: InterpretationQueryDto) {
    return this.interpretations.list(query);
  }

  @Get('search')
  search(@Query() query: InterpretationSearchQueryDto) {
    return this.interpretations.search(query.q, query.page, query.pageSize);
  }

  @Get(':id')
  get(@Param('id', IdParam) id: number, @Query() query: InterpretationDetailQueryDto) {
    return this.interpretations.get(id, query.lang);
  }

  @Post(':id/feedback')
  @HttpCode(200)
  feedback(@CurrentCitizen() citizen: CitizenCaller, @Param('id', IdParam) id: number, @Body() dto: InterpretationFeedbackDto) {
    return this.interpretations.feedback(citizen, id, dto.helpful);
  }
}
