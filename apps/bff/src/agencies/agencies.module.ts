import { Module } from '@nestjs/common';
import { AgenciesAdminController } from './agencies-admin.controller';
import { AgenciesAdminService } from './agencies-admin.service';
import { AgenciesController } from './agencies.controller';
import { AgenciesService } from './agencies.service';
import { AgencyStore, TypeormAgencyStore } from './agency.store';

@Module({
  controllers: [AgenciesController, AgenciesAdminController],
  providers: [AgenciesService, AgenciesAdminService, { provide: AgencyStore, useClass: TypeormAgencyStore }],
  exports: [AgenciesService, AgencyStore],
})
export class AgenciesModule {}
