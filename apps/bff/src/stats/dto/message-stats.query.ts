import { ApiPropertyOptional } from '@nestjs/swagger';
import { MessageChannel, MessageStatsQuery, MessageType } from '@weimin/contracts';
import { IsDateString, IsOptional, Matches } from 'class-validator';
import { OptionalId, OptionalOneOf } from '../../common/http/dto-fields';

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

  @OptionalId()
  agencyId?: number;

  @OptionalOneOf(Object.values(MessageType))
  type?: MessageType;

  @OptionalOneOf(Object.values(MessageChannel))
  channel?: MessageChannel;
}
