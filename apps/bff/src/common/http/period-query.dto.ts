import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorCode } from '@weimin/contracts';
import { IsDateString, IsOptional, Matches } from 'class-validator';
import { DomainException } from '../errors/domain.exception';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day in China, YYYY-MM-DD, that exists (2026-02-30 does not): the office reports by local dates. */
export function ChinaDayField(name: 'from' | 'to', { optional = false, example }: { optional?: boolean; example: string }): PropertyDecorator {
  const bound = name === 'from' ? 'first day, inclusive (China time)' : 'last day, inclusive (China time)';
  return applyDecorators(
    ...(optional ? [ApiPropertyOptional({ example, description: bound }), IsOptional()] : [ApiProperty({ example, description: bound })]),
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
