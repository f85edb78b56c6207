import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** One clock for the whole BFF (the demo loaders pin it while they take a past step). */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
