import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InvalidationBus } from './invalidation-bus';
import type { CacheTopic } from './public-read-routes';

/** One serialised public answer, as sent. */
export interface CachedAnswer {
  body: string;
  /** The body in UTF-8, encoded once: a hit sends these bytes instead of encoding the string again. */
  bytes: Buffer;
  /**
   * The same bytes compressed once when the answer is kept (bodies of `compressFromBytes` or more), for clients that
   * accept them: WeChat's and browsers' requests do. A hit sends them instead of compressing per request.
   */
  encoded?: Readonly<Record<ContentCoding, Buffer>>;
  etag: string;
  contentType: string;
  cacheControl: string;
  topics: readonly CacheTopic[];
  expiresAt: number;
}

export interface PublicReadCacheOptions {
  /** How long an answer is served without asking the database: bounds what time alone changes (a notice expiring). */
  ttlMs: number;
  maxEntries: number;
  /** Bigger answers are not kept. */
  maxBodyBytes: number;
  /** Smaller answers are sent as they are: below about a kilobyte, compressing saves less than it costs. */
  compressFromBytes: number;
}

export type ContentCoding = 'br' | 'gzip';
/** In the order the server prefers them when a client accepts several equally. */
export const CONTENT_CODINGS: readonly ContentCoding[] = ['br', 'gzip'];

export const PUBLIC_READ_CACHE_DEFAULTS: PublicReadCacheOptions = { ttlMs: 5_000, maxEntries: 2_000, maxBodyBytes: 256 * 1024, compressFromBytes: 1024 };

/**
 * Serialised answers of public reads, keyed by URL (route and query), dropped when the bus announces a write to one of
 * their topics, and after `ttlMs` at most. `generation` moves on every drop: an answer computed while a write landed
 * is not kept (see `store`), so a withdrawn item is never served once its withdrawal was acknowledged.
 * Least recently used entries go first when full (a Map keeps insertion order; a hit moves its entry to the end).
 */
@Injectable()
export class PublicReadCache implements OnModuleDestroy {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly unsubscribe: () => void;
  private currentGeneration = 0;
  readonly options: PublicReadCacheOptions;

  constructor(
    private readonly bus: InvalidationBus,
    options: Partial<PublicReadCacheOptions> = {},
  ) {
    this.options = { ...PUBLIC_READ_CACHE_DEFAULTS, ...options };
    this.unsubscribe = bus.subscribe((topic) => this.drop(topic));
  }

  get generation(): number {
    return this.currentGeneration;
  }

  get size(): number {
    return this.entries.size;
  }

  lookup(key: string, now = Date.now()): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) return undefined;
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Keeps an answer computed by a request that started at `generation`; refused when a write was announced since
   * (the answer may predate it) or when the body is too big.
   */
  store(key: string, generation: number, answer: Omit<CachedAnswer, 'bytes' | 'encoded' | 'expiresAt'>, now = Date.now()): boolean {
    if (generation !== this.currentGeneration) return false;
    const bytes = Buffer.from(answer.body);
    if (bytes.length > this.options.maxBodyBytes) return false;
    const encoded = bytes.length >= this.options.compressFromBytes ? compress(bytes) : undefined;
    this.entries.delete(key);
    this.entries.set(key, { ...answer, bytes, encoded, expiresAt: now + this.options.ttlMs });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return true;
  }

  /** Announces a change to every instance (this one drops its entries before the promise resolves). */
  publish(topics: readonly CacheTopic[]): Promise<void> {
    return Promise.all(topics.map((topic) => this.bus.publish(topic))).then(() => undefined);
  }

  /** `'*'` (an instance that lost Redis for a while and may have missed announcements) drops everything. */
  private drop(topic: string): void {
    this.currentGeneration += 1;
    if (topic === '*') return this.entries.clear();
    for (const [key, entry] of this.entries) if (entry.topics.includes(topic as CacheTopic)) this.entries.delete(key);
  }

  onModuleDestroy(): void {
    this.unsubscribe();
  }
}

/**
 * Brotli at quality 5 and gzip at level 6: a 12 KB board page takes well under a millisecond each, once per kept
 * answer, and shrinks to about a quarter (JSON of Chinese text repeats its keys and many characters).
 */
function compress(bytes: Buffer): Record<ContentCoding, Buffer> {
  return {
    br: brotliCompressSync(bytes, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
    gzip: gzipSync(bytes, { level: 6 }),
  };
}

/** An ETag over a serialised body: weak unless the route asks for a strong one (STRONG_ETAG_ROUTES). */
export function etagOf(body: string, strong = false): string {
  const tag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return strong ? tag : `W/${tag}`;
}

/** A strong tag as sent in a content coding: `"tag"` → `"tag.br"`; weak tags are the same in every coding. */
export function etagInCoding(etag: string, coding: ContentCoding | undefined): string {
  return coding && !etag.startsWith('W/') ? `${etag.slice(0, -1)}.${coding}"` : etag;
}

/**
 * Whether an If-None-Match header names `etag` (weak comparison, RFC 9110 §13.1.2), in any of its codings: a client
 * holding the content in one coding has it, whichever coding it would be sent in now.
 */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const content = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag).replace(/\.(?:br|gzip)"$/, '"');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || content(tag.trim()) === content(etag));
}
