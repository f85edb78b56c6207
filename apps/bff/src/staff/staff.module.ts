import { Module } from '@nestjs/common';
import { PasswordHasher } from './password-hasher';
import { StaffAdminController } from './staff-admin.controller';
import { StaffService } from './staff.service';

@Module({
  controllers: [StaffAdminController],
  providers: [PasswordHasher, StaffService],
  exports: [PasswordHasher, StaffService],
})
export class StaffModule {}
