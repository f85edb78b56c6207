import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

/** Issue 14: front ends are compressed at build time (scripts/precompress.mjs) and sent as built, never per request. */
describe(`precompressed front ends (${TEST_DB})`, () => {
  const built = mkdtempSync(join(tmpdir(), 'weimin-h5-precompressed-'));
  const script = `/* bundle */\n${Array.from({ length: 400 }, (_, n) => `export const value${n} = 'policy-${n}';`).join('\n')}\n`;
  const html = `<!doctype html><title>为民</title><script defer src="/h5/js/app.0123abcd.js"></script>${'<!-- padding -->'.repeat(100)}`;
  let t: TestApp;

  /** Raw HTTP, so that the body arrives as sent (fetch would decode it). */
  const get = (path: string, acceptEncoding?: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request(`${t.url}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });

  beforeAll(async () => {
    mkdirSync(join(built, 'js'));
    writeFileSync(join(built, 'index.html'), html);
    writeFileSync(join(built, 'js/app.0123abcd.js'), script);
    const precompress = spawnSync(process.execPath, ['scripts/precompress.mjs', built], { encoding: 'utf8' });
    expect(precompress.status).toBe(0);
    t = await startTestApp({}, { config: (config) => ({ ...config, app: { ...config.app, h5Dir: built } }) });
    // Migrating a fresh MariaDB database takes over a minute on a loaded machine.
  }, 180_000);
  afterAll(async () => {
    await t.close();
    rmSync(built, { recursive: true, force: true });
  });

  it('writes a brotli and a gzip copy of each text file', () => {
    expect(brotliDecompressSync(readFileSync(join(built, 'js/app.0123abcd.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(built, 'js/app.0123abcd.js.gz'))).toString()).toBe(script);
  });

  it('sends /h5 JS as brotli when asked, gzip to a client that only takes gzip, and plain otherwise, always with Vary', async () => {
    const br = await get('/h5/js/app.0123abcd.js', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await get('/h5/js/app.0123abcd.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await get('/h5/js/app.0123abcd.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.toString()).toBe(script);
  });

  it('sends the index precompressed too, never cached, on every single-page path', async () => {
    for (const path of ['/h5/', '/h5/pages/index/index']) {
      const index = await get(path, 'br');
      expect({ path, status: index.status, encoding: index.headers['content-encoding'] }).toEqual({ path, status: 200, encoding: 'br' });
      expect(index.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(index.body).toString()).toBe(html);
    }
  });
});
