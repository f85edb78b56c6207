import { type ValidationError, ValidationPipe } from '@nestjs/common';
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

/** Global pipe: unknown fields are rejected, not silently dropped (SECURITY.md 13). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new DomainException(ErrorCode.ValidationFailed, '请求参数有误', toFieldErrors(errors)),
  });
}
