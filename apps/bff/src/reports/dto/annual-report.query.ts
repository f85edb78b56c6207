import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPORT_YEAR_MIN } from '@weimin/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { OptionalId } from '../../common/http/dto-fields';

/** `?year=2026`: four digits only (`2026.5`, `0x7ea` or `+2026` are refused); `&agencyId=` for one department. */
export class AnnualReportQueryDto {
  @ApiProperty({ example: 2026, minimum: REPORT_YEAR_MIN })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'year 须为四位数的年份' })
  @Min(REPORT_YEAR_MIN, { message: `year 不能早于 ${REPORT_YEAR_MIN} 年（条例施行之年）` })
  @Max(9999, { message: 'year 须为四位数的年份' })
  year: number;

  @OptionalId()
  agencyId?: number;
}

/** `/annual/:year/publish`: the same four-digit year as the query's. */
export class ReportYearParams {
  @ApiProperty({ example: 2026, minimum: REPORT_YEAR_MIN })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'year 须为四位数的年份' })
  @Min(REPORT_YEAR_MIN, { message: `year 不能早于 ${REPORT_YEAR_MIN} 年（条例施行之年）` })
  @Max(9999, { message: 'year 须为四位数的年份' })
  year: number;
}

/** `/annual/:year/publish?agencyId=`: a department's own report; without it, the whole government's. */
export class PublishReportQueryDto {
  @OptionalId()
  agencyId?: number;
}

/** `GET /api/reports/annual?publisher=government` or `?publisher=12` (a department's agency id). */
export class PublishedReportListQueryDto {
  @ApiPropertyOptional({ description: '`government`, or the agency id of a department', example: 'government' })
  @IsOptional()
  @Matches(/^(government|[1-9]\d{0,9})$/, { message: 'publisher 须为 government 或单位编号' })
  publisher?: string;
}
