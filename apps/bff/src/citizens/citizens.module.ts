import { Module } from '@nestjs/common';
import { SignInThrottleModule } from '../common/http/sign-in-throttle';
import { CitizensController } from './citizens.controller';
import { CitizensService } from './citizens.service';

@Module({
  imports: [SignInThrottleModule],
  controllers: [CitizensController],
  providers: [CitizensService],
  exports: [CitizensService],
})
export class CitizensModule {}
