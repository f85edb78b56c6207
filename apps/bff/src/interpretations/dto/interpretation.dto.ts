import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Audience,
  CreatePolicyDocumentRequest,
  INTERPRETATION_BODY_MAX,
  INTERPRETATION_IMAGE_ALT_MAX,
  INTERPRETATION_TRANSCRIPT_MAX,
  INTERPRETATION_SUMMARY_MAX,
  INTERPRETATION_TITLE_MAX,
  InterpretationFeedbackRequest,
  InterpretationFiguresQuery,
  InterpretationFormat,
  InterpretationLanguage,
  InterpretationQuery,
  InterpretationSearchQuery,
  InterpretationStatus,
  InterpretationVariantInput,
  LIFE_EVENT_STAGES,
  LifeEventStage,
  PolicyValidity,
  ReturnInterpretationRequest,
  ReviewDecisionRequest,
  SaveInterpretationRequest,
  StaffInterpretationQuery,
  WithdrawInterpretationRequest,
} from '@weimin/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OptionalId, OptionalOneOf, OptionalQueryBoolean, ReasonField, trimmed } from '../../common/http/dto-fields';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { PeriodQueryDto } from '../../common/http/period-query.dto';

const STAGES = LIFE_EVENT_STAGES.map((stage) => stage.code);
const VARIANT_LANGUAGES = Object.values(InterpretationLanguage).filter((language) => language !== 'zh');
/** Media are linked, not uploaded: https only, no credentials in the URL. */
const HTTPS_URL: Parameters<typeof IsUrl>[0] = { protocols: ['https'], require_protocol: true, require_valid_protocol: true, disallow_auth: true };
/** The shape only; the service checks the host against the allow-list and the path against `..` (settings/media-sources.ts). */
const HTTPS_URL_OR_SITE_PATH = /^(https:\/\/[^\s/]+|\/(?![/\\]))\S*$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class CreatePolicyDocumentDto implements CreatePolicyDocumentRequest {
  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title: string;

  @ApiProperty({ description: '文号' })
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(64)
  docNumber: string;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  issuer: string;

  @ApiProperty({ example: '2026-03-01' })
  @Matches(DATE, { message: 'issuedOn must be a date YYYY-MM-DD' })
  issuedOn: string;

  @ApiProperty({ enum: ['valid', 'invalid'] })
  @IsIn(['valid', 'invalid'])
  validity: PolicyValidity;
}

export class InterpretationVariantDto implements InterpretationVariantInput {
  @ApiProperty({ enum: VARIANT_LANGUAGES })
  @IsIn(VARIANT_LANGUAGES)
  language: Exclude<InterpretationLanguage, 'zh'>;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MaxLength(600)
  summary: string;

  @ApiProperty()
  @IsString()
  @MaxLength(INTERPRETATION_BODY_MAX)
  bodyHtml: string;
}

export class SaveInterpretationDto implements SaveInterpretationRequest {
  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(4)
  @MaxLength(INTERPRETATION_TITLE_MAX)
  title: string;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(10)
  @MaxLength(INTERPRETATION_SUMMARY_MAX)
  summary: string;

  @ApiProperty({ description: 'rich text; sanitised on the server' })
  @IsString()
  @MinLength(1)
  @MaxLength(INTERPRETATION_BODY_MAX)
  bodyHtml: string;

  @ApiProperty({ enum: STAGES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(14)
  @ArrayUnique()
  @IsIn(STAGES, { each: true })
  stages: LifeEventStage[];

  @ApiProperty({ enum: Object.values(InterpretationFormat) })
  @IsIn(Object.values(InterpretationFormat))
  format: InterpretationFormat;

  @ApiPropertyOptional({ description: '视频 (required) and 动漫: https, on a host of the media allow-list (系统设置 › 媒体来源)' })
  @IsOptional()
  @IsUrl(HTTPS_URL, { message: 'mediaUrl must be an https URL' })
  @MaxLength(500)
  mediaUrl?: string | null;

  @ApiPropertyOptional({ description: '图解 (required): https on an allowed host, or a path this server serves (/h5/…)' })
  @IsOptional()
  @IsString()
  @Matches(HTTPS_URL_OR_SITE_PATH, { message: 'imageUrl must be an https URL or a path on this site' })
  @MaxLength(500)
  imageUrl?: string | null;

  @ApiPropertyOptional({ description: "the picture's text alternative; required with imageUrl" })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(INTERPRETATION_IMAGE_ALT_MAX)
  imageAlt?: string | null;

  @ApiPropertyOptional({ description: "the video's words as text, shown below the player" })
  @IsOptional()
  @IsString()
  @MaxLength(INTERPRETATION_TRANSCRIPT_MAX)
  transcript?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  policyDocumentId?: number | null;

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  relatedIds?: number[];

  @ApiPropertyOptional({ type: [InterpretationVariantDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(VARIANT_LANGUAGES.length)
  @ValidateNested({ each: true })
  @Type(() => InterpretationVariantDto)
  variants?: InterpretationVariantDto[];
}

export class ReviewDecisionDto implements ReviewDecisionRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  comment?: string;
}

export class ReturnInterpretationDto implements ReturnInterpretationRequest {
  @ApiProperty({ description: 'what the drafter should rework' })
  @Transform(trimmed)
  @IsString()
  @MinLength(2, { message: '请写明退回意见' })
  @MaxLength(500)
  comment: string;
}

export class WithdrawInterpretationDto implements WithdrawInterpretationRequest {
  @ReasonField('请说明撤回理由')
  reason: string;
}

export class StaffInterpretationQueryDto extends PageQueryDto implements StaffInterpretationQuery {
  @OptionalOneOf(Object.values(InterpretationStatus))
  status?: InterpretationStatus;

  @OptionalOneOf(STAGES)
  stage?: LifeEventStage;

  @OptionalId()
  agencyId?: number;

  @OptionalQueryBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ description: 'words of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  q?: string;
}

export class InterpretationQueryDto extends PageQueryDto implements InterpretationQuery {
  @OptionalOneOf(Object.values(Audience))
  audience?: Audience;

  @OptionalOneOf(STAGES)
  stage?: LifeEventStage;
}

export class InterpretationSearchQueryDto extends PageQueryDto implements InterpretationSearchQuery {
  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  q: string;
}

export class InterpretationDetailQueryDto {
  @OptionalOneOf(Object.values(InterpretationLanguage))
  lang?: InterpretationLanguage;
}

export class InterpretationFeedbackDto implements InterpretationFeedbackRequest {
  @ApiProperty()
  @IsBoolean()
  helpful: boolean;
}

export class InterpretationFiguresQueryDto extends PeriodQueryDto implements InterpretationFiguresQuery {}
