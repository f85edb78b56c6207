import { Module } from '@nestjs/common';
import { TextModule } from '../common/text/text.module';
import { MessagesModule } from '../messages/messages.module';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { BOARD_STORE_PROVIDER } from './board.store';

/** 公开留言 (docs/domain.md §3): the public board, read from the messages the citizens allowed to be shown. */
@Module({
  imports: [MessagesModule, TextModule],
  controllers: [BoardController],
  providers: [BOARD_STORE_PROVIDER, BoardService],
})
export class BoardModule {}
