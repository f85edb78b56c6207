import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import {
  ApplicantKind,
  CertificateType,
  CitizenCorrectionRequest,
  CreateDisclosureRequest,
  DeliveryMethod,
  DISCLOSURE_DESCRIPTION_MAX,
  DISCLOSURE_EXTENSION_MAX_WORKDAYS,
  DISCLOSURE_FEE_MAX_YUAN,
  DISCLOSURE_TITLE_MAX,
  DisclosureChannel,
  DisclosureChaseRequest,
  DisclosureCorrectedRequest,
  DisclosureCorrectionRequest,
  DisclosureDeliveryRequest,
  DisclosureExtensionDecision,
  DisclosureExtensionRequest,
  DisclosureForm,
  DisclosureListQuery,
  DisclosureOutcome,
  DisclosurePauseRequest,
  DisclosureRemedyRequest,
  DisclosureReplyDraft,
  DisclosureResumeRequest,
  DisclosureReturnReply,
  DisclosureStatus,
  OrganisationKind,
  PauseKind,
  RegisterDisclosureRequest,
  RemedyKind,
  RemedyResult,
  RouteDisclosureRequest,
} from '@weimin/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { OptionalId, OptionalOneOf, trimmed } from '../../common/http/dto-fields';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { ChinaDayField } from '../../common/http/period-query.dto';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class CreateDisclosureDto implements CreateDisclosureRequest {
  @ApiProperty({ enum: Object.values(ApplicantKind) })
  @IsIn(Object.values(ApplicantKind))
  applicantKind: ApplicantKind;

  @ApiPropertyOptional({ enum: Object.values(OrganisationKind), description: 'required for 法人或其他组织' })
  @ValidateIf((dto: CreateDisclosureDto) => dto.applicantKind === 'organisation' || dto.organisationKind !== undefined)
  @IsIn(Object.values(OrganisationKind), { message: '请选择法人或其他组织的类型' })
  organisationKind?: OrganisationKind;

  @ApiProperty({ example: '张三' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: '请填写申请人名称' })
  @MaxLength(100)
  applicantName: string;

  @ApiProperty({ enum: Object.values(CertificateType) })
  @IsIn(Object.values(CertificateType))
  certificateType: CertificateType;

  @ApiProperty({ example: '110101199003071234' })
  @Transform(upper)
  @IsString()
  @MinLength(1, { message: '请填写证件号码' })
  @MaxLength(32)
  certificateNumber: string;

  @ApiProperty({ example: '13812345678' })
  @Transform(trimmed)
  @IsString()
  @Matches(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: '请填写手机号码或固定电话' })
  contactPhone: string;

  @ApiProperty({ example: '临溪市人民路1号' })
  @Transform(trimmed)
  @IsString()
  @MinLength(4, { message: '请填写通信地址' })
  @MaxLength(200)
  postalAddress: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: '电子邮箱格式不正确' })
  @MaxLength(100)
  email?: string;

  @ApiProperty({ maxLength: DISCLOSURE_TITLE_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(4, { message: '所需信息名称至少4个字' })
  @MaxLength(DISCLOSURE_TITLE_MAX)
  infoTitle: string;

  @ApiPropertyOptional({ example: '临人社发〔2025〕3号' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(64)
  infoDocumentNumber?: string;

  @ApiProperty({ maxLength: DISCLOSURE_DESCRIPTION_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(10, { message: '所需信息描述至少10个字' })
  @MaxLength(DISCLOSURE_DESCRIPTION_MAX)
  infoDescription: string;

  @OptionalId()
  agencyId?: number;

  @ApiProperty({ enum: Object.values(DisclosureForm) })
  @IsIn(Object.values(DisclosureForm))
  form: DisclosureForm;

  @ApiProperty({ enum: Object.values(DeliveryMethod) })
  @IsIn(Object.values(DeliveryMethod))
  deliveryMethod: DeliveryMethod;
}

export class RegisterDisclosureDto extends CreateDisclosureDto implements RegisterDisclosureRequest {
  @ApiProperty({ enum: Object.values(DisclosureChannel).filter((c) => c !== 'online') })
  @IsIn(Object.values(DisclosureChannel).filter((c) => c !== 'online'), { message: '网上申请由申请人在小程序提交' })
  channel: DisclosureChannel;

  @ChinaDayField('receivedOn', { example: '2026-10-09' })
  receivedOn: string;
}

export class DisclosureListQueryDto extends PageQueryDto implements DisclosureListQuery {
  @OptionalOneOf(Object.values(DisclosureStatus))
  status?: DisclosureStatus;

  @OptionalId()
  agencyId?: number;

  @ChinaDayField('dueBy', { optional: true, example: '2026-12-31', description: 'due on or before this day (China time)' })
  dueBy?: string;
}

export class RouteDisclosureDto implements RouteDisclosureRequest {
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

export class DisclosureCorrectionDto implements DisclosureCorrectionRequest {
  @ApiProperty({ description: 'exactly what is missing or unclear' })
  @Transform(trimmed)
  @IsString()
  @MinLength(4, { message: '请写明需要补正的内容' })
  @MaxLength(1000)
  missing: string;

  @ApiPropertyOptional({ description: 'working days to correct; default DISCLOSURE_CORRECTION_WORKDAYS' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  workdays?: number;
}

/** The applicant's online 补正: the information sought, stated again as the notice asked, checked as on applying. */
export class CitizenCorrectionDto
  extends PickType(CreateDisclosureDto, ['infoTitle', 'infoDocumentNumber', 'infoDescription'] as const)
  implements CitizenCorrectionRequest {}

export class DisclosureCorrectedDto implements DisclosureCorrectedRequest {
  @ChinaDayField('receivedOn', { example: '2026-10-09' })
  receivedOn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class DisclosurePauseDto implements DisclosurePauseRequest {
  @ApiProperty({ enum: Object.values(PauseKind) })
  @IsIn(Object.values(PauseKind))
  kind: PauseKind;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(2, { message: '请写明征求意见的对象' })
  @MaxLength(200)
  party: string;

  @ChinaDayField('startedOn', { example: '2026-10-09' })
  startedOn: string;
}

export class DisclosureResumeDto implements DisclosureResumeRequest {
  @ChinaDayField('endedOn', { example: '2026-10-09' })
  endedOn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class DisclosureExtensionDto implements DisclosureExtensionRequest {
  @ApiProperty({ minimum: 1, maximum: DISCLOSURE_EXTENSION_MAX_WORKDAYS })
  @IsInt()
  @Min(1)
  @Max(DISCLOSURE_EXTENSION_MAX_WORKDAYS, { message: `延长期限不超过${DISCLOSURE_EXTENSION_MAX_WORKDAYS}个工作日` })
  workdays: number;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(4, { message: '请写明延期理由' })
  @MaxLength(500)
  reason: string;
}

export class DisclosureExtensionDecisionDto implements DisclosureExtensionDecision {
  @ApiProperty()
  @IsBoolean()
  approve: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}

export class DisclosureReplyDraftDto implements DisclosureReplyDraft {
  @ApiProperty({ enum: Object.values(DisclosureOutcome) })
  @IsIn(Object.values(DisclosureOutcome))
  outcome: DisclosureOutcome;

  @ApiPropertyOptional({ description: '1-based reason within the outcome (table 三)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8)
  outcomeReason?: number;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(10, { message: '请写明查明的事实和答复内容' })
  @MaxLength(5000)
  facts: string;

  @ApiProperty({ example: '《中华人民共和国政府信息公开条例》第三十六条第（二）项' })
  @Transform(trimmed)
  @IsString()
  @MinLength(4, { message: '请写明答复依据的条款' })
  @MaxLength(500)
  legalBasis: string;

  @ApiPropertyOptional({ description: '信息处理费, yuan with at most two decimals (国办函〔2020〕109号); absent or 0: none', maximum: DISCLOSURE_FEE_MAX_YUAN })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: '信息处理费须为金额（元），最多两位小数' })
  @Min(0, { message: '信息处理费不能为负数' })
  @Max(DISCLOSURE_FEE_MAX_YUAN, { message: `信息处理费不超过${DISCLOSURE_FEE_MAX_YUAN}元` })
  feeYuan?: number;
}

export class DisclosureReturnReplyDto implements DisclosureReturnReply {
  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(2, { message: '请写明退回理由' })
  @MaxLength(500)
  reason: string;
}

export class DisclosureDeliveryDto implements DisclosureDeliveryRequest {
  @ApiProperty({ enum: Object.values(DeliveryMethod) })
  @IsIn(Object.values(DeliveryMethod))
  method: DeliveryMethod;

  @ChinaDayField('deliveredOn', { example: '2026-10-09' })
  deliveredOn: string;
}

export class DisclosureChaseDto implements DisclosureChaseRequest {
  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @MinLength(2, { message: '请写明催办意见' })
  @MaxLength(500)
  note: string;
}

export class DisclosureRemedyDto implements DisclosureRemedyRequest {
  @ApiProperty({ enum: Object.values(RemedyKind) })
  @IsIn(Object.values(RemedyKind))
  kind: RemedyKind;

  @ApiProperty({ enum: Object.values(RemedyResult) })
  @IsIn(Object.values(RemedyResult))
  result: RemedyResult;

  @ChinaDayField('filedOn', { example: '2026-10-09' })
  filedOn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
