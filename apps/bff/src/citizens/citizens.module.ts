import { Module } from '@nestjs/common';
import { SignInThrottleModule } from '../common/http/sign-in-throttle';
import { CITIZEN_STORE_PROVIDER } from './citizen.store';
import { CitizensController } from './citizens.controller';
import { CitizensService } from './citizens.service';

@Module({
  imports: [SignInThrottleModule],
  controllers: [CitizensController],
  providers: [CitizensService, CITIZEN_STORE_PROVIDER],
  exports: [CitizensService],
})
export class CitizensModule {}
