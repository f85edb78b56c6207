import type { FastifyInstance, FastifyRequest } from 'fastify';
import { etagOf, matchesEtag, type PublicReadCache } from './public-read-cache';
import { CACHED_READS, topicsOfWrite } from './public-read-routes';
import type { ViewCounter } from './view-counter';

const CACHE_CONTROL = 'public, no-cache';
const VIEWED_ROUTE = '/api/interpretations/:id';

interface ReadState {
  /** The cache's generation when the request came in: its answer is kept only if no write was announced since. */
  generation: number;
  hit: boolean;
}

/**
 * Serves cached public reads before Nest's chain (guard, pipes, controller) runs, keeps the answers of the others, gives
 * every cached read an ETag and a 304, counts interpretation views, and drops what a successful write changed before
 * that write's answer leaves (docs/architecture.md, "Public-read cache").
 */
export function installPublicReadCache(fastify: FastifyInstance, cache: PublicReadCache, views: ViewCounter): void {
  const reads = new WeakMap<FastifyRequest, ReadState>();

  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET') return;
    const route = request.routeOptions.url;
    if (route === undefined || !(route in CACHED_READS)) return;
    const state: ReadState = { generation: cache.generation, hit: false };
    reads.set(request, state);
    const cached = cache.lookup(request.url);
    if (!cached) return;
    state.hit = true;
    void reply.header('etag', cached.etag).header('cache-control', cached.cacheControl);
    if (matchesEtag(request.headers['if-none-match'], cached.etag)) return reply.code(304).send();
    return reply.code(200).type(cached.contentType).send(cached.body);
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url;
    if (route === undefined) return payload;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      // Before the write is acknowledged: once its answer arrives, no instance serves what it replaced.
      if (reply.statusCode < 400) await cache.publish(topicsOfWrite(route));
      return payload;
    }
    if (route === VIEWED_ROUTE && request.method === 'GET' && (reply.statusCode === 200 || reply.statusCode === 304)) {
      views.count(Number((request.params as { id: string }).id));
    }
    const state = reads.get(request);
    if (!state || state.hit || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    // The controller's ETag when it set one (an interpretation's leaves the view count out), else one over the body.
    const etag = (reply.getHeader('etag') as string | undefined) ?? etagOf(payload);
    const contentType = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8');
    cache.store(request.url, state.generation, { body: payload, etag, contentType, cacheControl: CACHE_CONTROL, topics: CACHED_READS[route] });
    void reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
    if (!matchesEtag(request.headers['if-none-match'], etag)) return payload;
    void reply.code(304);
    return '';
  });
}
