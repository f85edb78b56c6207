import { Module } from '@nestjs/common';
import { MessagesModule } from '../messages/messages.module';
import { OutboxModule } from '../outbox/outbox.module';
import { PhotoChecksService } from './photo-checks.service';
import { PhotosController } from './photos.controller';
import { PhotosService } from './photos.service';
import { WechatPushController } from './wechat-push.controller';

/** Photos on messages (issue 16): uploads, WeChat's check and its pushed verdict. Staff and the board read them in their own features. */
@Module({
  imports: [MessagesModule, OutboxModule],
  controllers: [PhotosController, WechatPushController],
  providers: [PhotosService, PhotoChecksService],
})
export class PhotosModule {}
