import { Module } from '@nestjs/common';
import { SettingsAdminController } from './settings-admin.controller';
import { SettingsAdminService } from './settings-admin.service';
import { SettingsStore } from './settings.repository';

@Module({
  controllers: [SettingsAdminController],
  providers: [SettingsStore, SettingsAdminService],
})
export class SettingsModule {}
