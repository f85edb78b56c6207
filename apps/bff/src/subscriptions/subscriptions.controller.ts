import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { CurrentCitizen } from '../citizens/current-citizen.decorator';
import { IdParam } from '../common/http/id-param.pipe';
import { RecordGrantsDto } from './dto/record-grants.dto';
import { SubscriptionsService } from './subscriptions.service';

/** The citizen's 订阅 (我的 → 我的订阅) and the subscribe-message authorisations the mini-program reports. */
@ApiTags('subscriptions')
@Controller('citizen/subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get()
  mine(@CurrentCitizen() citizen: CitizenCaller) {
    return this.subscriptions.mine(citizen);
  }

  @Post('grants')
  @HttpCode(200)
  recordGrants(@CurrentCitizen() citizen: CitizenCaller, @Body() dto: RecordGrantsDto) {
    return this.subscriptions.recordGrants(citizen, dto.accepted);
  }

  @Post(':agencyId')
  @HttpCode(200)
  subscribe(@CurrentCitizen() citizen: CitizenCaller, @Param('agencyId', IdParam) agencyId: number) {
    return this.subscriptions.subscribe(citizen, agencyId);
  }

  @Delete(':agencyId')
  @HttpCode(204)
  unsubscribe(@CurrentCitizen() citizen: CitizenCaller, @Param('agencyId', IdParam) agencyId: number) {
    return this.subscriptions.unsubscribe(citizen, agencyId);
  }
}
