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
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { OptionalId, OptionalOneOf, OptionalQueryBoolean, ReasonField } from '../../common/http/dto-fields';
import { PageQueryDto } from '../../common/http/page-query.dto';

export class StaffMessageQueryDto extends PageQueryDto implements StaffMessageQuery {
  @OptionalOneOf(Object.values(MessageStatus))
  status?: MessageStatus;

  @OptionalOneOf(Object.values(MessageType))
  type?: MessageType;

  @OptionalOneOf(Object.values(MessageChannel))
  channel?: MessageChannel;

  @OptionalId()
  agencyId?: number;

  @OptionalQueryBoolean()
  overdue?: boolean;

  @OptionalQueryBoolean()
  dueSoon?: boolean;

  @ApiPropertyOptional({ description: 'case number or words of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  q?: string;
}

class ReasonDto {
  @ReasonField('请说明理由')
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
