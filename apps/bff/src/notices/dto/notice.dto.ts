import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  CreateNoticeRequest,
  FreshnessQuery,
  FreshnessState,
  Industry,
  NoticeFiguresQuery,
  NoticeSection,
  NoticeStatus,
  StaffNoticeQuery,
  UpdateNoticeRequest,
  WithdrawNoticeRequest,
} from '@weimin/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { OptionalId, OptionalOneOf, ReasonField, trimmed } from '../../common/http/dto-fields';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { PeriodQueryDto } from '../../common/http/period-query.dto';

export class CreateNoticeDto implements CreateNoticeRequest {
  @ApiProperty({ enum: Object.values(NoticeSection) })
  @IsIn(Object.values(NoticeSection))
  section: NoticeSection;

  @ApiProperty({ maxLength: 100 })
  @Transform(trimmed)
  @IsString()
  @MinLength(2, { message: '标题至少2个字' })
  @MaxLength(100)
  title: string;

  @ApiProperty({ description: 'rich text; sanitised on the server' })
  @IsString()
  @MinLength(1)
  @MaxLength(15_000)
  bodyHtml: string;

  @ApiPropertyOptional({ description: 'ISO instant: start of an outage-style announcement’s validity', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  validFrom?: string | null;

  @ApiPropertyOptional({ description: 'ISO instant: end of the validity (shown as 已过期 afterwards)', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  validUntil?: string | null;
}

export class UpdateNoticeDto extends PartialType(CreateNoticeDto) implements UpdateNoticeRequest {}

export class WithdrawNoticeDto implements WithdrawNoticeRequest {
  @ReasonField('请说明撤回理由')
  reason: string;
}

export class StaffNoticeQueryDto extends PageQueryDto implements StaffNoticeQuery {
  @OptionalOneOf(Object.values(NoticeSection))
  section?: NoticeSection;

  @OptionalOneOf(Object.values(NoticeStatus))
  status?: NoticeStatus;

  @OptionalId()
  agencyId?: number;
}

export class FreshnessQueryDto implements FreshnessQuery {
  @OptionalOneOf(Object.values(Industry))
  industry?: Industry;

  @OptionalOneOf(Object.values(FreshnessState))
  state?: FreshnessState;
}

export class NoticeFiguresQueryDto extends PeriodQueryDto implements NoticeFiguresQuery {}
