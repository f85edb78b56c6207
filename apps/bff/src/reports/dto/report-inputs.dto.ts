import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  REPORT_TEXT_MAX,
  REPORT_TEXT_SECTIONS,
  type PolicyDocumentKind,
  type ReportTextSection,
  type SaveManualFiguresRequest,
  type SaveReportTextRequest,
} from '@weimin/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { parseId } from '../../common/http/id-param.pipe';
import { ChinaDayField } from '../../common/http/period-query.dto';
import { AnnualReportQueryDto } from './annual-report.query';

export class ReportTextParams {
  @ApiProperty({ enum: REPORT_TEXT_SECTIONS })
  @IsIn(REPORT_TEXT_SECTIONS)
  section: ReportTextSection;
}

export class SaveReportTextDto implements SaveReportTextRequest {
  /** May be empty (a section cleared); line breaks are kept. */
  @ApiProperty({ maxLength: REPORT_TEXT_MAX })
  @IsString()
  @MaxLength(REPORT_TEXT_MAX)
  text: string;

  @ApiProperty({ description: 'the version the editor started from (0 for none)' })
  @IsInt()
  @Min(0)
  baseVersion: number;
}

/** `?year=&agencyId=`, the agency required: entered rows belong to one agency. */
export class ManualFiguresQueryDto extends AnnualReportQueryDto {
  @ApiProperty({ type: Number })
  @Transform(({ value }: { value: unknown }) => parseId(value) ?? value)
  @IsInt()
  @Min(1)
  declare agencyId: number;
}

const COUNT_MAX = 100_000_000;

export class SaveManualFiguresDto implements SaveManualFiguresRequest {
  @ApiProperty({ description: '行政许可 decisions' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  licensing: number;

  @ApiProperty({ description: '行政处罚 decisions' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  penalties: number;

  @ApiProperty({ description: '行政强制 decisions' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  enforcement: number;

  @ApiProperty({ description: '行政事业性收费, 万元, at most four decimals' })
  @IsNumber({ maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false }, { message: 'feesWanYuan 须为最多四位小数的金额（万元）' })
  @Min(0)
  @Max(90_000_000)
  feesWanYuan: number;
}

export class ClassifyDocumentDto {
  @ApiProperty({ enum: ['regulation', 'normative', 'other'] })
  @IsIn(['regulation', 'normative', 'other'])
  kind: PolicyDocumentKind;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_o, value) => value !== null)
  @IsOptional()
  @ChinaDayField('repealedOn', { optional: true, example: '2026-06-30', description: '废止日期; null while in force' })
  repealedOn?: string | null;
}
