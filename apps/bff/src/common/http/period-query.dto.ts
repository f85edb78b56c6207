import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorCode } from '@weimin/contracts';
import { IsDateString, IsOptional, Matches } from 'class-validator';
import { DomainException } from '../errors/domain.exception';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const BOUNDS: Record<string, string> = { from: 'first day, inclusive (China time)', to: 'last day, inclusive (China time)' };

/**
 * A calendar day in China, YYYY-MM-DD, that exists (2026-02-30 does not): the office reports by local dates, and a
 * date the API does not accept is a 400 naming the field, never a filter silently dropped. Every date field uses this.
 */
export function ChinaDayField(
  name: string,
  { optional = false, example, description = BOUNDS[name] ?? 'a day, YYYY-MM-DD (China time)' }: { optional?: boolean; example: string; description?: string },
): PropertyDecorator {
  const documented = { example, description, format: 'date' };
  return applyDecorators(
    ...(optional ? [ApiPropertyOptional(documented), IsOptional()] : [ApiProperty(documented)]),
    Matches(DAY, { message: `${name} 须为 YYYY-MM-DD 格式的日期` }),
    IsDateString({ strict: true }, { message: `${name} 不是有效日期` }),
  );
}

/** `?from=&to=`, both required: the period of a report, both ends inclusive. */
export class PeriodQueryDto {
  @ChinaDayField('from', { example: '2026-01-01' })
  from: string;

  @ChinaDayField('to', { example: '2026-12-31' })
  to: string;
}

/** A period whose end comes before its start is a 400 naming `to`. YYYY-MM-DD strings compare as the days do. */
export function assertPeriodOrder(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) {
    throw new DomainException(ErrorCode.ValidationFailed, '结束日期不能早于开始日期', [{ field: 'to', messages: ['结束日期不能早于开始日期'] }]);
  }
}
