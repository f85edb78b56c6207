import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ACCESS_POLICY } from '../../auth/access-policy';
import { LocalInvalidationBus } from './invalidation-bus';
import { etagInCoding, etagOf, matchesEtag, PublicReadCache } from './public-read-cache';
import { acceptedCoding } from './public-read-hooks';
import { ALL_TOPICS, CACHED_READS, type CacheTopic, topicsOfWrite } from './public-read-routes';

const answer = (body: string, topics: readonly CacheTopic[] = ['notices']) => ({
  body,
  etag: etagOf(body),
  contentType: 'application/json; charset=utf-8',
  cacheControl: 'public, no-cache',
  topics,
});

describe('PublicReadCache', () => {
  it('keeps brotli and gzip copies of an answer of compressFromBytes or more, and none of a shorter one', () => {
    const cache = new PublicReadCache(new LocalInvalidationBus(), { compressFromBytes: 64 });
    const long = JSON.stringify({ items: Array.from({ length: 8 }, (_, id) => ({ id, title: '城南片区计划停水通知' })) });
    cache.store('/long', cache.generation, answer(long));
    cache.store('/short', cache.generation, answer('{"id":1}'));
    const kept = cache.lookup('/long')!;
    expect(brotliDecompressSync(kept.encoded!.br).toString()).toBe(long);
    expect(gunzipSync(kept.encoded!.gzip).toString()).toBe(long);
    expect(kept.encoded!.br.length).toBeLessThan(kept.bytes.length);
    expect(cache.lookup('/short')?.encoded).toBeUndefined();
  });

  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['identity', undefined],
    ['gzip;q=0', undefined],
    [undefined, undefined],
  ])('sends a hit to Accept-Encoding %p in %p', (header, coding) => {
    expect(acceptedCoding(header)).toBe(coding);
  });

  it('drops the entries of a published topic and keeps the others', async () => {
    const cache = new PublicReadCache(new LocalInvalidationBus());
    cache.store('/api/notices/1', cache.generation, answer('{"id":1}', ['notices']));
    cache.store('/api/board', cache.generation, answer('{"items":[]}', ['board']));
    await cache.publish(['notices']);
    expect(cache.lookup('/api/notices/1')).toBeUndefined();
    expect(cache.lookup('/api/board')?.body).toBe('{"items":[]}');
  });

  it('refuses an answer computed by a request that started before a write was announced', async () => {
    const cache = new PublicReadCache(new LocalInvalidationBus());
    const startedAt = cache.generation;
    await cache.publish(['board']);
    expect(cache.store('/api/notices/1', startedAt, answer('{"id":1,"title":"old"}'))).toBe(false);
    expect(cache.lookup('/api/notices/1')).toBeUndefined();
    expect(cache.store('/api/notices/1', cache.generation, answer('{"id":1}'))).toBe(true);
  });

  it('forgets an answer after its time to live, keeps the most recently used when full, and skips big bodies', () => {
    const cache = new PublicReadCache(new LocalInvalidationBus(), { ttlMs: 1_000, maxEntries: 2, maxBodyBytes: 10 });
    cache.store('/a', 0, answer('"a"'), 0);
    cache.store('/b', 0, answer('"b"'), 0);
    expect(cache.lookup('/a', 500)?.body).toBe('"a"');
    cache.store('/c', 0, answer('"c"'), 500);
    expect(cache.lookup('/b', 600)).toBeUndefined();
    expect(cache.lookup('/a', 999)?.body).toBe('"a"');
    expect(cache.lookup('/a', 1_000)).toBeUndefined();
    expect(cache.store('/big', 0, answer('"more than ten bytes"'), 0)).toBe(false);
  });

  it('compares ETags weakly, in lists and with *', () => {
    expect(matchesEtag('W/"x"', 'W/"x"')).toBe(true);
    expect(matchesEtag('"x"', 'W/"x"')).toBe(true);
    expect(matchesEtag('W/"y", W/"x"', 'W/"x"')).toBe(true);
    expect(matchesEtag('*', 'W/"x"')).toBe(true);
    expect(matchesEtag('W/"y"', 'W/"x"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"x"')).toBe(false);
  });

  it('gives strong ETags a tag per coding, and takes any coding of the same content as a match', () => {
    const strong = etagOf('{"lastSeq":2}', true);
    expect(strong).toMatch(/^"[\w-]+"$/);
    expect(etagOf('{"lastSeq":2}')).toBe(`W/${strong}`);
    expect(etagInCoding(strong, 'br')).toBe(`${strong.slice(0, -1)}.br"`);
    expect(etagInCoding(strong, undefined)).toBe(strong);
    expect(etagInCoding('W/"x"', 'gzip')).toBe('W/"x"');
    expect(matchesEtag(etagInCoding(strong, 'gzip'), strong)).toBe(true);
    expect(matchesEtag(strong, strong)).toBe(true);
    expect(matchesEtag(etagInCoding(etagOf('{"lastSeq":3}', true), 'br'), strong)).toBe(false);
  });
});

describe('public-read routes', () => {
  it('caches public GET routes only', () => {
    for (const route of Object.keys(CACHED_READS)) expect({ route, rule: ACCESS_POLICY[`GET ${route}`] }).toEqual({ route, rule: { kind: 'public' } });
  });

  it('drops what each write changes, and everything for a write it does not know', () => {
    expect(topicsOfWrite('/api/admin/notices/:id/withdraw')).toEqual(['notices']);
    expect(topicsOfWrite('/api/admin/interpretations/:id/withdraw')).toEqual(['interpretations']);
    expect(topicsOfWrite('/api/admin/messages/:id/hide')).toEqual(['board']);
    expect(topicsOfWrite('/api/admin/messages/:id/reply')).toEqual(['board']);
    expect(topicsOfWrite('/api/admin/agencies/:id')).toEqual(ALL_TOPICS);
    expect(topicsOfWrite('/api/admin/calendar/:year')).toEqual(ALL_TOPICS);
    expect(topicsOfWrite('/api/admin/some-new-thing')).toEqual(ALL_TOPICS);
    expect(topicsOfWrite('/api/staff/session')).toEqual([]);
    expect(topicsOfWrite('/api/messages')).toEqual([]);
  });

  it('lets every write that changes what a cached read shows drop that read', () => {
    const writes = Object.keys(ACCESS_POLICY)
      .filter((key) => !key.startsWith('GET '))
      .map((key) => key.slice(key.indexOf(' ') + 1));
    const dropped = new Set(writes.flatMap((route) => topicsOfWrite(route)));
    expect([...dropped].sort()).toEqual([...ALL_TOPICS].sort());
  });
});
