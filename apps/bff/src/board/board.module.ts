import { Module } from '@nestjs/common';
import { MessagesModule } from '../messages/messages.module';
import { BoardController } from './board.controller';
import { BoardRepository } from './board.repository';
import { BoardService } from './board.service';

/** 公开留言 (docs/domain.md §3): the public board, read from the messages the citizens allowed to be shown. */
@Module({
  imports: [MessagesModule],
  controllers: [BoardController],
  providers: [BoardRepository, BoardService],
})
export class BoardModule {}
