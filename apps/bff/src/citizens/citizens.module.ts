import { Module } from '@nestjs/common';
import { SignInThrottleModule } from '../common/http/sign-in-throttle';
import { CitizenStore } from './citizen.repository';
import { CitizensController } from './citizens.controller';
import { CitizensService } from './citizens.service';

@Module({
  imports: [SignInThrottleModule],
  controllers: [CitizensController],
  providers: [CitizensService, CitizenStore],
  exports: [CitizensService],
})
export class CitizensModule {}
