import { Module } from '@nestjs/common';
import { SettingsAdminController } from './settings-admin.controller';
import { SettingsAdminService } from './settings-admin.service';
import { SETTINGS_STORE_PROVIDER } from './settings.store';

@Module({
  controllers: [SettingsAdminController],
  providers: [SETTINGS_STORE_PROVIDER, SettingsAdminService],
})
export class SettingsModule {}
