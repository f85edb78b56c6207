import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { parseId } from './id-param.pipe';

// Fields many DTOs share, declared once so each DTO says only what is its own.

/** Surrounding spaces never count (a reason of two spaces is no reason). */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `?flag=true|false` as a boolean; anything else is left for the validator to refuse. */
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** An optional id, such as `?agencyId=12`: decimal digits as in a path (IdParam); `0x10` or `1e1` is refused. */
export function OptionalId(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: Number }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => parseId(value) ?? value),
    IsInt(),
    Min(1),
  );
}

/** An optional `?flag=true|false`, such as `?overdue=true`. */
export function OptionalQueryBoolean(): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional(), IsOptional(), Transform(queryBoolean), IsBoolean());
}

/** An optional value that must be one of `values`, such as `?status=assigned`. */
export function OptionalOneOf(values: readonly string[]): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ enum: values }), IsOptional(), IsIn(values));
}

/** Why, in the staff member's words (a return, a withdrawal): 2 to 500 characters once trimmed. */
export function ReasonField(missing: string): PropertyDecorator {
  return applyDecorators(ApiProperty(), Transform(trimmed), IsString(), MinLength(2, { message: missing }), MaxLength(500));
}
