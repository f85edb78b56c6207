import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LifeEventStage } from './life-event-stage.entity';
import { StagesController } from './stages.controller';
import { StagesService } from './stages.service';

@Module({
  imports: [TypeOrmModule.forFeature([LifeEventStage])],
  controllers: [StagesController],
  providers: [StagesService],
})
export class StagesModule {}
