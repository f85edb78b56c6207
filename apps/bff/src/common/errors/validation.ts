import { type ArgumentMetadata, type ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@weimin/contracts';
import { DomainException } from './domain.exception';

/** Flattens class-validator's tree into `[{ field: 'contact.phone', messages: [...] }]`. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Path parameters reach their own pipe (IdParam) as sent: the default `+value` would read `0x10` as 16 first. */
class AppValidationPipe extends ValidationPipe {
  protected transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}

/** A 400 lists at most this many problems, each clipped, and counts the rest (docs/security.md §27). */
export const FIELD_ERRORS_LISTED = 10;
const MESSAGES_PER_FIELD = 5;
const TEXT_MAX = 120;

const clip = (text: string) => (text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX)}…` : text);

/** The 400 for class-validator's errors: the first problems (field names and messages clipped) and their count. */
export function validationFailure(errors: ValidationError[]): DomainException {
  const all = toFieldErrors(errors);
  const listed = all
    .slice(0, FIELD_ERRORS_LISTED)
    .map(({ field, messages }) => ({ field: clip(field), messages: messages.slice(0, MESSAGES_PER_FIELD).map(clip) }));
  const message = all.length > listed.length ? `请求参数有误：共 ${all.length} 处问题，列出前 ${listed.length} 处` : '请求参数有误';
  return new DomainException(ErrorCode.ValidationFailed, message, listed);
}

/** Global pipe: unknown fields are rejected, not silently dropped (docs/security.md §13). */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: validationFailure,
  });
}
