import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { BoardQuery, MessageChannel, MessageType } from '@weimin/contracts';
import { OptionalId, OptionalOneOf } from '../common/http/dto-fields';
import { IdParam } from '../common/http/id-param.pipe';
import { PageQueryDto } from '../common/http/page-query.dto';
import { BoardService } from './board.service';

export class BoardQueryDto extends PageQueryDto implements BoardQuery {
  @OptionalOneOf(Object.values(MessageType))
  type?: MessageType;

  @OptionalOneOf(Object.values(MessageChannel))
  channel?: MessageChannel;

  @OptionalId()
  agencyId?: number;
}

@ApiTags('board')
@Controller('board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Get()
  list(@Query() query: BoardQueryDto) {
    return this.board.list(query);
  }

  @Get(':id')
  get(@Param('id', IdParam) id: number) {
    return this.board.get(id);
  }
}
