import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { BOARD_EXCERPT_DEFAULT, BOARD_EXCERPT_MAX, BOARD_EXCERPT_MIN, BOARD_QUERY_MAX, BoardQuery, MessageChannel, MessageType } from '@weimin/contracts';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
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

  /** Keyword search; blank is no search. */
  @ApiPropertyOptional({ maxLength: BOARD_QUERY_MAX })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsOptional()
  @IsString()
  @MaxLength(BOARD_QUERY_MAX)
  q?: string;

  /** Each row's excerpt, in characters; rows never carry the whole message or the reply (`GET /api/board/:id` does). */
  @ApiPropertyOptional({ minimum: BOARD_EXCERPT_MIN, maximum: BOARD_EXCERPT_MAX, default: BOARD_EXCERPT_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(BOARD_EXCERPT_MIN)
  @Max(BOARD_EXCERPT_MAX)
  excerpt?: number;
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

  /** Only photos the office approved for the board, of a message on the board. */
  @Get('images/:id')
  @ApiProduces('image/jpeg')
  async image(@Param('id', IdParam) id: number) {
    return new StreamableFile(await this.board.image(id), { type: 'image/jpeg' });
  }
}
