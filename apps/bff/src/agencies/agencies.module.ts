import { Module } from '@nestjs/common';
import { AgenciesAdminController } from './agencies-admin.controller';
import { AgenciesAdminService } from './agencies-admin.service';
import { AgenciesController } from './agencies.controller';
import { AgenciesService } from './agencies.service';
import { AGENCY_STORE_PROVIDER, AgencyStore } from './agency.store';

@Module({
  controllers: [AgenciesController, AgenciesAdminController],
  providers: [AgenciesService, AgenciesAdminService, AGENCY_STORE_PROVIDER],
  exports: [AgenciesService, AgencyStore],
})
export class AgenciesModule {}
