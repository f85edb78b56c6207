import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DecideExtensionRequest,
  DispatchMessageRequest,
  HideMessageRequest,
  MessageChannel,
  MessageStatus,
  MessageType,
  ReopenMessageRequest,
  ReplyMessageRequest,
  RequestExtensionRequest,
  ReturnMessageRequest,
  StaffMessageQuery,
} from '@weimin/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class StaffMessageQueryDto extends PageQueryDto implements StaffMessageQuery {
  @ApiPropertyOptional({ enum: Object.values(MessageStatus) })
  @IsOptional()
  @IsIn(Object.values(MessageStatus))
  status?: MessageStatus;

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

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'case number or words of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  q?: string;

}

class ReasonDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: '请说明理由' })
  @MaxLength(500)
  reason: string;
}

export class DispatchMessageDto implements DispatchMessageRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  agencyId: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ReturnMessageDto extends ReasonDto implements ReturnMessageRequest {}
export class HideMessageDto extends ReasonDto implements HideMessageRequest {}

export class ReopenMessageDto extends ReasonDto implements ReopenMessageRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  agencyId?: number;
}

export class ReplyMessageDto implements ReplyMessageRequest {
  @ApiProperty({ description: 'rich text; sanitised on the server' })
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  bodyHtml: string;
}

export class RequestExtensionDto extends ReasonDto implements RequestExtensionRequest {
  @ApiProperty({ minimum: 1, maximum: 15 })
  @IsInt()
  @Min(1)
  @Max(15)
  workdays: number;
}

export class DecideExtensionDto implements DecideExtensionRequest {
  @ApiProperty()
  @IsBoolean()
  approve: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
