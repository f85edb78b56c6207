import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateOpinionRequest,
  type MarkOpinionRequest,
  OPINION_ANSWER_MAX,
  OPINION_CONTENT_MAX,
  OPINION_REASON_MAX,
  OpinionAdoption,
  type OpinionAnswer,
  type ReturnSolicitationRequest,
  type SaveSolicitationFeedbackRequest,
  type SaveSolicitationRequest,
  SOLICITATION_BODY_MAX,
  SOLICITATION_FEEDBACK_MAX,
  SOLICITATION_PERIOD_DAYS_MAX,
  SOLICITATION_PERIOD_DAYS_MIN,
  SOLICITATION_QUESTION_MAX,
  SOLICITATION_QUESTIONS_MAX,
  SOLICITATION_SUMMARY_MAX,
  SOLICITATION_TITLE_MAX,
  type SolicitationDecisionRequest,
  type SolicitationQuery,
  SolicitationStatus,
  type StaffSolicitationQuery,
} from '@weimin/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { OptionalId, OptionalOneOf, trimmed } from '../../common/http/dto-fields';
import { PageQueryDto } from '../../common/http/page-query.dto';

/** The shape only; the service checks the host against the media allow-list (settings/media-sources.ts). */
const HTTPS_URL_OR_SITE_PATH = /^(https:\/\/[^\s/]+|\/(?![/\\]))\S*$/;

export class SaveSolicitationDto implements SaveSolicitationRequest {
  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(4)
  @MaxLength(SOLICITATION_TITLE_MAX)
  title: string;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(4)
  @MaxLength(SOLICITATION_SUMMARY_MAX)
  summary: string;

  @ApiProperty({ description: 'the draft (征求意见稿), rich text; sanitised on the server' })
  @IsString()
  @MinLength(1)
  @MaxLength(SOLICITATION_BODY_MAX)
  bodyHtml: string;

  @ApiProperty({ type: [String], description: 'the questions the agency wants views on' })
  @IsArray()
  @ArrayMaxSize(SOLICITATION_QUESTIONS_MAX)
  @IsString({ each: true })
  @MaxLength(SOLICITATION_QUESTION_MAX, { each: true })
  questions: string[];

  @ApiPropertyOptional({ default: 30, description: 'calendar days open once published; under 30 needs shortPeriodReason' })
  @IsOptional()
  @IsInt()
  @Min(SOLICITATION_PERIOD_DAYS_MIN)
  @Max(SOLICITATION_PERIOD_DAYS_MAX)
  periodDays?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  shortPeriodReason?: string | null;

  @ApiPropertyOptional({ description: 'https on an allowed host, or a path this server serves' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(HTTPS_URL_OR_SITE_PATH, { message: 'attachmentUrl must be an https URL or a path' })
  attachmentUrl?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  attachmentName?: string | null;
}

export class SolicitationDecisionDto implements SolicitationDecisionRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  comment?: string;
}

export class ReturnSolicitationDto implements ReturnSolicitationRequest {
  @ApiProperty({ description: 'what the agency should rework' })
  @Transform(trimmed)
  @IsString()
  @MinLength(2, { message: '请写明退回意见' })
  @MaxLength(500)
  comment: string;
}

export class MarkOpinionDto implements MarkOpinionRequest {
  @ApiProperty({ enum: Object.values(OpinionAdoption) })
  @IsIn(Object.values(OpinionAdoption))
  adoption: OpinionAdoption;

  @ApiProperty({ description: 'why (采纳理由 / 未采纳理由)' })
  @Transform(trimmed)
  @IsString()
  @MinLength(2, { message: '请说明理由' })
  @MaxLength(OPINION_REASON_MAX)
  reason: string;
}

export class SaveSolicitationFeedbackDto implements SaveSolicitationFeedbackRequest {
  @ApiProperty({ description: '采纳情况反馈, rich text; sanitised on the server' })
  @IsString()
  @MinLength(1)
  @MaxLength(SOLICITATION_FEEDBACK_MAX)
  feedbackHtml: string;
}

export class StaffSolicitationQueryDto extends PageQueryDto implements StaffSolicitationQuery {
  @OptionalOneOf(Object.values(SolicitationStatus))
  status?: SolicitationStatus;

  @OptionalId()
  agencyId?: number;
}

export class SolicitationQueryDto extends PageQueryDto implements SolicitationQuery {
  @OptionalOneOf(['open', 'finished'])
  phase?: 'open' | 'finished';
}

export class OpinionAnswerDto implements OpinionAnswer {
  @ApiProperty({ description: 'index into the solicitation’s questions' })
  @IsInt()
  @Min(0)
  @Max(SOLICITATION_QUESTIONS_MAX - 1)
  question: number;

  @ApiProperty()
  @IsString()
  @MaxLength(OPINION_ANSWER_MAX)
  text: string;
}

export class CreateOpinionDto implements CreateOpinionRequest {
  @ApiProperty({ description: 'shown masked (张*) if isPublic' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  contactName: string;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(OPINION_CONTENT_MAX)
  content: string;

  @ApiPropertyOptional({ type: [OpinionAnswerDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SOLICITATION_QUESTIONS_MAX)
  @ValidateNested({ each: true })
  @Type(() => OpinionAnswerDto)
  answers?: OpinionAnswerDto[];

  @ApiProperty()
  @IsBoolean()
  isPublic: boolean;
}
