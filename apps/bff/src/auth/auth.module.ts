import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CitizensModule } from '../citizens/citizens.module';
import { SignInThrottleModule } from '../common/http/sign-in-throttle';
import { StaffModule } from '../staff/staff.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';

@Module({
  imports: [StaffModule, CitizensModule, SignInThrottleModule],
  controllers: [AuthController],
  providers: [AuthService, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AuthModule {}
