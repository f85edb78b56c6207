import { Module } from '@nestjs/common';
import { SystemChecks } from './system-checks.repository';
import { SystemController } from './system.controller';
import { SystemService } from './system.service';

@Module({ controllers: [SystemController], providers: [SystemService, SystemChecks] })
export class SystemModule {}
