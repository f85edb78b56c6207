import { ErrorCode } from '@weimin/contracts';

/** A failure the caller can act on. The global filter turns it into `{ code, message, details }`. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainException';
  }

  static notFound(what: string): DomainException {
    return new DomainException(ErrorCode.NotFound, `${what}不存在`);
  }
}
