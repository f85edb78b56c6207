import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config/configuration';
import { PasswordHasher } from './password-hasher';
import { StaffAdminController } from './staff-admin.controller';
import { StaffService } from './staff.service';
import { STAFF_STORE_PROVIDER, StaffStore } from './staff.store';

@Module({
  controllers: [StaffAdminController],
  providers: [
    {
      provide: PasswordHasher,
      useFactory: (config: ConfigService<AppConfig, true>) => new PasswordHasher(config.get('auth.passwordHashMemoryKib', { infer: true })),
      inject: [ConfigService],
    },
    StaffService,
    STAFF_STORE_PROVIDER,
  ],
  exports: [PasswordHasher, StaffService, StaffStore],
})
export class StaffModule {}
