import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { AgencyKind, CreateAgencyRequest, Industry, UpdateAgencyRequest } from '@weimin/contracts';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';

const KINDS = Object.values(AgencyKind);
const INDUSTRIES = Object.values(Industry);
const HOTLINE = /^[\d\-+ ]{3,32}$/;

export class CreateAgencyDto implements CreateAgencyRequest {
  @ApiProperty({ example: 'dept-sports' })
  @Matches(/^[a-z][a-z0-9-]{1,47}$/, { message: '机构代码为2-48位小写字母、数字或横线，以字母开头' })
  code: string;

  @ApiProperty({ example: '临溪市体育局' })
  @IsString()
  @MinLength(2)
  @MaxLength(64)
  name: string;

  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS)
  kind: AgencyKind;

  @ApiPropertyOptional({ enum: INDUSTRIES, nullable: true })
  @ValidateIf((dto: CreateAgencyDto) => dto.industry !== null && dto.industry !== undefined)
  @IsIn(INDUSTRIES)
  industry?: Industry | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((dto: CreateAgencyDto) => dto.hotline !== null && dto.hotline !== undefined)
  @Matches(HOTLINE, { message: '服务电话格式不正确' })
  hotline?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number;
}

/** Everything but the code and the kind may change; `active: false` disables the agency. */
export class UpdateAgencyDto extends PartialType(OmitType(CreateAgencyDto, ['code', 'kind'] as const)) implements UpdateAgencyRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
