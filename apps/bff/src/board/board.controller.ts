import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { BoardQuery, MessageChannel, MessageType } from '@weimin/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { IdParam } from '../common/http/id-param.pipe';
import { BoardService } from './board.service';
import { PageQueryDto } from '../common/http/page-query.dto';

export class BoardQueryDto extends PageQueryDto implements BoardQuery {
  @ApiPropertyOptional({ enum: Object.values(MessageType) })
  @IsOptional()
  @IsIn(Object.values(MessageType))
  type?: MessageType;

  @ApiPropertyOptional({ enum: Object.values(MessageChannel) })
  @IsOptional()
  @IsIn(Object.values(MessageChannel))
  channel?: MessageChannel;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
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
