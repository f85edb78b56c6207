import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Public reads that change rarely (a unit's notices): a weak ETag of the answer, and 304 with no body when the
 * client already has it. `no-cache` lets clients keep the answer but ask again each time.
 */
export function withEtag<T>(request: FastifyRequest, reply: FastifyReply, body: T): T | undefined {
  const etag = `W/"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag).header('cache-control', 'no-cache');
  const sent = request.headers['if-none-match'];
  if (sent && sent.split(',').some((tag) => tag.trim() === etag)) {
    reply.status(304);
    return undefined;
  }
  return body;
}
