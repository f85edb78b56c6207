import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ErrorCode } from '@weimin/contracts';
import { DomainException } from '../errors/domain.exception';

/** The largest id of a table: the primary keys are INT columns. */
export const ID_MAX = 2_147_483_647;

/**
 * An id as a caller writes it, in a path or a query: decimal digits only, 1 to ID_MAX. `0x10`, `1e1`, `+16`, ` 16`,
 * `16.0`, `-1` and `0` are not ids (Number() would read most of them as one), so they are refused, never guessed at.
 */
export function parseId(value: unknown): number | null {
  if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= ID_MAX ? id : null;
}

/** Ids in paths: anything but an id is a 400 in the common error shape, never a 500 and never another row. */
@Injectable()
class IdParamPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const id = parseId(value);
    if (id === null) {
      const field = metadata.data ?? 'id';
      throw new DomainException(ErrorCode.ValidationFailed, '编号格式不正确', [
        { field, messages: [`${field} must be a positive integer written in decimal digits`] },
      ]);
    }
    return id;
  }
}

export const IdParam = new IdParamPipe();
