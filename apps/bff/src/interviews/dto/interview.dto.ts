import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AskInterviewQuestionRequest,
  INTERVIEW_ENTRY_TEXT_MAX,
  INTERVIEW_QUESTION_MAX,
  INTERVIEW_SUMMARY_MAX,
  INTERVIEW_TITLE_MAX,
  type InterviewEntryKind,
  InterviewStatus,
  InterviewVideoRequest,
  MyInterviewQuestionQuery,
  PublishTranscriptEntryRequest,
  SaveInterviewRequest,
  StaffInterviewQuery,
} from '@weimin/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { OptionalId, OptionalOneOf, trimmed } from '../../common/http/dto-fields';
import { PageQueryDto } from '../../common/http/page-query.dto';

const ENTRY_KINDS: readonly InterviewEntryKind[] = ['qa', 'remark'];

export class InterviewListQueryDto extends PageQueryDto {
  @OptionalOneOf(Object.values(InterviewStatus))
  status?: InterviewStatus;
}

export class StaffInterviewQueryDto extends InterviewListQueryDto implements StaffInterviewQuery {
  @OptionalId()
  guestAgencyId?: number;
}

/** 我的提问, a page at a time. */
export class MyInterviewQuestionQueryDto extends PageQueryDto implements MyInterviewQuestionQuery {}

/** `?after=<seq>`: only entries published after the one the client has. */
export class TranscriptQueryDto {
  @ApiPropertyOptional({ description: 'the last seq the client holds; without it, the whole transcript' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;
}

export class SaveInterviewDto implements SaveInterviewRequest {
  @ApiProperty({ maxLength: INTERVIEW_TITLE_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(4, { message: '访谈主题至少4个字' })
  @MaxLength(INTERVIEW_TITLE_MAX)
  title: string;

  @ApiProperty({ maxLength: INTERVIEW_SUMMARY_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: '请填写访谈简介' })
  @MaxLength(INTERVIEW_SUMMARY_MAX)
  summary: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  guestAgencyId: number;

  @ApiProperty({ example: '李明' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: '请填写嘉宾姓名' })
  @MaxLength(40)
  guestName: string;

  @ApiProperty({ example: '市人社局副局长' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: '请填写嘉宾职务' })
  @MaxLength(60)
  guestTitle: string;

  @ApiProperty({ example: '2026-12-10T02:00:00.000Z' })
  @IsISO8601({ strict: true }, { message: 'startsAt 须为 ISO 8601 时间' })
  startsAt: string;

  @ApiProperty({ example: '2026-12-10T03:30:00.000Z' })
  @IsISO8601({ strict: true }, { message: 'endsAt 须为 ISO 8601 时间' })
  endsAt: string;

  @ApiPropertyOptional({ description: 'a staff account as host; its display name is shown' })
  @IsOptional()
  @IsInt()
  @Min(1)
  hostStaffId?: number | null;

  @ApiPropertyOptional({ description: 'the host by name, when not a staff account' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(40)
  hostName?: string | null;
}

export class InterviewVideoDto implements InterviewVideoRequest {
  @ApiProperty({ nullable: true, description: 'https, on a host of 系统设置 › 媒体来源; null or empty removes it' })
  @ValidateIf((dto: InterviewVideoDto) => dto.videoUrl !== null)
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  videoUrl: string | null;
}

export class PublishTranscriptEntryDto implements PublishTranscriptEntryRequest {
  @ApiProperty({ enum: ENTRY_KINDS })
  @IsIn(ENTRY_KINDS)
  kind: InterviewEntryKind;

  @ApiPropertyOptional({ description: 'qa: a citizen question of this interview' })
  @IsOptional()
  @IsInt()
  @Min(1)
  questionId?: number;

  @ApiPropertyOptional({ description: 'qa: the host’s own question (without questionId)' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(INTERVIEW_QUESTION_MAX)
  question?: string;

  @ApiProperty({ maxLength: INTERVIEW_ENTRY_TEXT_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: '请填写内容' })
  @MaxLength(INTERVIEW_ENTRY_TEXT_MAX)
  text: string;
}

export class AskInterviewQuestionDto implements AskInterviewQuestionRequest {
  @ApiProperty({ maxLength: INTERVIEW_QUESTION_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(5, { message: '问题至少5个字' })
  @MaxLength(INTERVIEW_QUESTION_MAX, { message: `问题不超过${INTERVIEW_QUESTION_MAX}个字` })
  content: string;

  @ApiProperty({ example: '张三' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: '请填写联系人' })
  @MaxLength(32)
  contactName: string;

  @ApiPropertyOptional({ example: '13812345678', description: 'empty or absent: the phone number bound through WeChat' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @ValidateIf((dto: AskInterviewQuestionDto) => dto.contactPhone !== '')
  @Matches(/^1[3-9]\d{9}$/, { message: '请填写11位手机号码' })
  contactPhone?: string;

  @ApiProperty()
  @IsBoolean()
  isPublic: boolean;
}
