import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { ViewCounter } from '../../interpretations/view-counter';
import { hookRoutes } from '../http/route-hooks';
import { type CachedAnswer, CONTENT_CODINGS, type ContentCoding, etagInCoding, etagOf, matchesEtag, type PublicReadCache } from './public-read-cache';
import { CACHED_READS, ETAG_LEAVES_OUT, STRONG_ETAG_ROUTES, topicsOfWrite } from './public-read-routes';

const CACHE_CONTROL = 'public, no-cache';
const VIEWED_ROUTE = '/api/interpretations/:id';
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface ReadState {
  /** The cache's generation when the request came in: its answer is kept only if no write was announced since. */
  generation: number;
  hit: boolean;
  /** Set on the first request to miss a key: it computes the answer, and hands it to those that missed meanwhile. */
  settle?: (answer: CachedAnswer | undefined) => void;
}

/**
 * Serves cached public reads before Nest's chain (guard, pipes, controller) runs, keeps the answers of the others, gives
 * every cached read an ETag and a 304, counts interpretation views, and drops what a successful write changed before
 * that write's answer leaves (docs/architecture.md, "The public-read cache"). The hooks are the routes' own: other
 * requests do not run them. Must be called before Nest adds its routes.
 */
export function installPublicReadCache(fastify: FastifyInstance, cache: PublicReadCache, views: ViewCounter): void {
  const reads = new WeakMap<FastifyRequest, ReadState>();
  /**
   * Misses being computed, by key. When an entry expires under load, every request that comes in meanwhile would
   * otherwise compute the same answer (the p99 spikes of bench/NOTES.md); they wait for the first one's instead.
   */
  const computing = new Map<string, Promise<CachedAnswer | undefined>>();

  const send = (request: FastifyRequest, reply: FastifyReply, cached: CachedAnswer) => {
    const coding = cached.encoded && acceptedCoding(request.headers['accept-encoding']);
    void reply
      .header('etag', etagInCoding(cached.etag, coding || undefined))
      .header('cache-control', cached.cacheControl)
      .header('vary', 'Accept-Encoding');
    if (matchesEtag(request.headers['if-none-match'], cached.etag)) return void reply.code(304).send();
    if (coding) void reply.header('content-encoding', coding).code(200).type(cached.contentType).send(cached.encoded![coding]);
    else void reply.code(200).type(cached.contentType).send(cached.bytes);
  };

  const serveRead = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    if (request.method !== 'GET') return done();
    const key = request.url;
    const state: ReadState = { generation: cache.generation, hit: false };
    reads.set(request, state);
    const cached = cache.lookup(key);
    if (cached) {
      state.hit = true;
      return send(request, reply, cached);
    }
    const pending = computing.get(key);
    if (!pending) {
      let resolve!: (answer: CachedAnswer | undefined) => void;
      const computed = new Promise<CachedAnswer | undefined>((r) => (resolve = r));
      computing.set(key, computed);
      state.settle = (answer) => {
        state.settle = undefined;
        if (computing.get(key) === computed) computing.delete(key);
        resolve(answer);
      };
      return done();
    }
    void pending.then((shared) => {
      // Nothing kept (an error, a write meanwhile): this request computes its own answer.
      if (!shared || cache.generation !== state.generation) return done();
      state.hit = true;
      send(request, reply, shared);
    });
  };

  const keepRead = (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) => {
    const route = request.routeOptions.url!;
    if (route === VIEWED_ROUTE && request.method === 'GET' && (reply.statusCode === 200 || reply.statusCode === 304)) {
      views.count(Number((request.params as { id: string }).id));
    }
    const state = reads.get(request);
    if (!state || state.hit) return done(null, payload);
    if (reply.statusCode !== 200 || typeof payload !== 'string') {
      state.settle?.(undefined);
      return done(null, payload);
    }
    const leftOut = ETAG_LEAVES_OUT[route];
    const etag = etagOf(leftOut ? JSON.stringify({ ...JSON.parse(payload), [leftOut]: undefined }) : payload, STRONG_ETAG_ROUTES.has(route));
    const answer = {
      body: payload,
      etag,
      contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
      cacheControl: CACHE_CONTROL,
      topics: CACHED_READS[route],
    };
    state.settle?.(cache.store(request.url, state.generation, answer) ? cache.lookup(request.url) : undefined);
    void reply.header('etag', etag).header('cache-control', CACHE_CONTROL).header('vary', 'Accept-Encoding');
    if (!matchesEtag(request.headers['if-none-match'], etag)) return done(null, payload);
    void reply.code(304);
    done(null, '');
  };

  /** Whatever happened to a request that was computing an answer (an error, the caller gone), those waiting go on. */
  const releaseWaiting = (request: FastifyRequest) => reads.get(request)?.settle?.(undefined);

  // Before the write is acknowledged: once its answer arrives, no instance serves what it replaced.
  const dropChanged = (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: Error | null, payload?: unknown) => void) => {
    if (READ_METHODS.has(request.method) || reply.statusCode >= 400) return done(null, payload);
    cache.publish(topicsOfWrite(request.routeOptions.url!)).then(
      () => done(null, payload),
      (error: Error) => done(error),
    );
  };

  hookRoutes(fastify, (route) => route.methods.includes('GET') && route.url in CACHED_READS, {
    onRequest: serveRead,
    onSend: keepRead,
    onResponse: (request, _reply, done) => {
      releaseWaiting(request);
      done();
    },
    onRequestAbort: (request, done) => {
      releaseWaiting(request);
      done();
    },
  });
  hookRoutes(fastify, (route) => route.methods.some((method) => !READ_METHODS.has(method)), { onSend: dropChanged });
}

/**
 * The coding a hit is sent in (RFC 9110 §12.5.3, `q=0` refuses): brotli before gzip when both are accepted; none when the
 * client names neither (autocannon, curl and tools without the header get the plain bytes).
 */
export function acceptedCoding(acceptEncoding: string | string[] | undefined): ContentCoding | undefined {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  if (!header) return undefined;
  const coding = negotiate(header, CONTENT_CODINGS as ContentCoding[]);
  return coding === 'br' || coding === 'gzip' ? coding : undefined;
}
