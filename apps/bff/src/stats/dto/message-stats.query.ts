import { ApiPropertyOptional } from '@nestjs/swagger';
import { MessageChannel, MessageStatsQuery, MessageType } from '@weimin/contracts';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, Matches, Min } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters of every statistics endpoint; dates are calendar days in China, both inclusive. */
export class MessageStatsQueryDto implements MessageStatsQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'first day, inclusive (China time)' })
  @IsOptional()
  @Matches(DAY, { message: 'from 须为 YYYY-MM-DD 格式的日期' })
  @IsDateString({ strict: true }, { message: 'from 不是有效日期' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'last day, inclusive (China time)' })
  @IsOptional()
  @Matches(DAY, { message: 'to 须为 YYYY-MM-DD 格式的日期' })
  @IsDateString({ strict: true }, { message: 'to 不是有效日期' })
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  agencyId?: number;

  @ApiPropertyOptional({ enum: Object.values(MessageType) })
  @IsOptional()
  @IsIn(Object.values(MessageType))
  type?: MessageType;

  @ApiPropertyOptional({ enum: Object.values(MessageChannel) })
  @IsOptional()
  @IsIn(Object.values(MessageChannel))
  channel?: MessageChannel;
}
