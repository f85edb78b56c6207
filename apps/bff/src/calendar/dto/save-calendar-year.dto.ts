import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SaveCalendarYearRequest } from '@weimin/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { trimmed } from '../../common/http/dto-fields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

class HolidayEntryDto {
  @ApiProperty({ example: '2027-02-06', description: 'YYYY-MM-DD, in the year of the path' })
  @IsString()
  @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' })
  date: string;

  @ApiProperty({ example: '春节' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: '请填写节日名称' })
  @MaxLength(20)
  name: string;
}

class WorkdayEntryDto {
  @ApiProperty({ example: '2027-02-14', description: 'a Saturday or Sunday worked (调休上班), in the year of the path' })
  @IsString()
  @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' })
  date: string;

  @ApiPropertyOptional({ example: '春节调休', nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(20)
  name?: string | null;
}

/** A year's whole schedule as the State Council published it; it replaces what was entered for the year before. */
export class SaveCalendarYearDto implements SaveCalendarYearRequest {
  @ApiProperty({ type: [HolidayEntryDto], description: 'days off (a holiday on a weekend is allowed)' })
  @IsArray()
  @ArrayMaxSize(366)
  @ValidateNested({ each: true })
  @Type(() => HolidayEntryDto)
  holidays: HolidayEntryDto[];

  @ApiProperty({ type: [WorkdayEntryDto], description: 'make-up working days (调休上班), each a Saturday or Sunday' })
  @IsArray()
  @ArrayMaxSize(366)
  @ValidateNested({ each: true })
  @Type(() => WorkdayEntryDto)
  workdays: WorkdayEntryDto[];
}
