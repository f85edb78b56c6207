import { createHash } from 'node:crypto';
import { ErrorCode } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';
import type { DisclosureReplyLetter } from './disclosure-reply-letter.entity';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface LetterFile {
  fileName: string;
  content: Buffer;
  sha256: string;
}

/** The stored letter, refused if its bytes no longer match the hash kept when it was sent (it never changes). */
export function readLetter(letter: DisclosureReplyLetter | null): LetterFile {
  if (!letter) throw DomainException.notFound('答复书');
  const content = Buffer.from(letter.content);
  const sha256 = createHash('sha256').update(content).digest('hex');
  if (sha256 !== letter.sha256) throw new DomainException(ErrorCode.Internal, '答复书文件校验失败');
  return { fileName: `${letter.number}.docx`, content, sha256 };
}
