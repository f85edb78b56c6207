import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CreateMessageRequest, MESSAGE_CONTENT_MAX, MESSAGE_TITLE_MAX, MessageChannel, MessageType, RateMessageRequest, Satisfaction } from '@weimin/contracts';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { trimmed } from '../../common/http/dto-fields';

export class CreateMessageDto implements CreateMessageRequest {
  @ApiProperty({ enum: Object.values(MessageType) })
  @IsIn(Object.values(MessageType))
  type: MessageType;

  @ApiProperty({ enum: Object.values(MessageChannel) })
  @IsIn(Object.values(MessageChannel))
  channel: MessageChannel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  targetAgencyId?: number;

  @ApiProperty({ maxLength: MESSAGE_TITLE_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(4, { message: '标题至少4个字' })
  @MaxLength(MESSAGE_TITLE_MAX, { message: `标题不超过${MESSAGE_TITLE_MAX}个字` })
  title: string;

  @ApiProperty({ maxLength: MESSAGE_CONTENT_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(10, { message: '内容至少10个字' })
  @MaxLength(MESSAGE_CONTENT_MAX, { message: `内容不超过${MESSAGE_CONTENT_MAX}个字` })
  content: string;

  @ApiProperty({ example: '张三' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: '请填写联系人' })
  @MaxLength(32)
  contactName: string;

  @ApiProperty({ example: '13812345678', description: 'empty: use the phone number the citizen bound through WeChat' })
  @Transform(trimmed)
  @IsString()
  @ValidateIf((dto: CreateMessageDto) => dto.contactPhone !== '')
  @Matches(/^1[3-9]\d{9}$/, { message: '请填写11位手机号码' })
  contactPhone: string;

  @ApiProperty()
  @IsBoolean()
  isPublic: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  notifyOnReply?: boolean;

  @ApiPropertyOptional({ description: '就此政策咨询: a published interpretation; the message goes to its drafting agency' })
  @IsOptional()
  @IsInt()
  @Min(1)
  interpretationId?: number;

  @ApiPropertyOptional({ type: [Number], description: 'ids from POST /api/citizen/uploads: the caller’s own, not yet on a message; at most 9' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  imageIds?: number[];
}

export class RateMessageDto implements RateMessageRequest {
  @ApiProperty({ enum: Object.values(Satisfaction) })
  @IsIn(Object.values(Satisfaction))
  rating: Satisfaction;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  comment?: string;
}
