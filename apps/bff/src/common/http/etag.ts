import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * HTTP caching for public reads: a weak ETag over the answer (or over `fingerprint`, when part of the answer such as
 * a view count may move without the content changing), `Cache-Control: no-cache` so clients revalidate every time,
 * and 304 without a body when the client's copy is current.
 */
export function cacheable<T>(request: FastifyRequest, reply: FastifyReply, body: T, fingerprint: unknown = body): T | undefined {
  const etag = `W/"${createHash('sha1').update(JSON.stringify(fingerprint)).digest('base64url')}"`;
  void reply.header('etag', etag).header('cache-control', 'public, no-cache');
  const presented = request.headers['if-none-match'];
  if (presented && presented.split(',').some((tag) => weakly(tag.trim()) === weakly(etag) || tag.trim() === '*')) {
    void reply.status(304);
    return undefined;
  }
  return body;
}

function weakly(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
