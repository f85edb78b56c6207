import { Module } from '@nestjs/common';
import { WXACODE_STORE_PROVIDER } from './wxacode.store';
import { WxacodesController } from './wxacodes.controller';
import { WxacodesService } from './wxacodes.service';

/** 小程序码 for published interpretations, units and notices (issue 16); WeChat draws them, the table keeps them. */
@Module({
  controllers: [WxacodesController],
  providers: [WXACODE_STORE_PROVIDER, WxacodesService],
})
export class WxacodesModule {}
