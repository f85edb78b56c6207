import { Module } from '@nestjs/common';
import { PasswordHasher } from './password-hasher';
import { StaffAdminController } from './staff-admin.controller';
import { StaffService } from './staff.service';
import { STAFF_STORE_PROVIDER, StaffStore } from './staff.store';

@Module({
  controllers: [StaffAdminController],
  providers: [PasswordHasher, StaffService, STAFF_STORE_PROVIDER],
  exports: [PasswordHasher, StaffService, StaffStore],
})
export class StaffModule {}
