import { Module } from '@nestjs/common';
import { PasswordHasher } from './password-hasher';
import { StaffAdminController } from './staff-admin.controller';
import { StaffService } from './staff.service';
import { StaffStore, TypeormStaffStore } from './staff.store';

@Module({
  controllers: [StaffAdminController],
  providers: [PasswordHasher, StaffService, { provide: StaffStore, useClass: TypeormStaffStore }],
  exports: [PasswordHasher, StaffService, StaffStore],
})
export class StaffModule {}
