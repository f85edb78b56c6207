import { ParseIntPipe } from '@nestjs/common';
import { ErrorCode } from '@weimin/contracts';
import { DomainException } from '../errors/domain.exception';

/** Numeric ids in paths: anything else is a 400 in the common error shape, never a 500. */
export const IdParam = new ParseIntPipe({
  exceptionFactory: () => new DomainException(ErrorCode.ValidationFailed, '编号格式不正确', [{ field: 'id', messages: ['id must be a positive integer'] }]),
});
