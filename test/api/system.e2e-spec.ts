import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`system endpoints and HTTP hygiene (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports health with the database it runs on', async () => {
    const res = await t.request('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up', databaseType: TEST_DB });
    expect(res.headers.get('cache-control')).toBe('no-store');
    // Answered before Nest's chain (system/health-route.ts), with the headers every answer has.
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const head = await fetch(`${t.url}/api/health`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    // The next one comes from the finished check's ready answer (SystemService.settledHealth): the same answer.
    const again = await t.request('/api/health');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'ok', database: 'up', databaseType: TEST_DB });
    expect(again.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(again.headers.get('cache-control')).toBe('no-store');
    expect(again.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(again.headers.get('x-request-id')).not.toBe(res.headers.get('x-request-id'));
  });

  it('answers the static version document', async () => {
    const res = await t.request('/api/version');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ name: 'weimin-bff', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('sends the security headers of docs/security.md §17: all of them on pages, those that act on data on API answers', async () => {
    for (const path of ['/api/version', '/api/health', '/api/stages', '/api/no-such-route', '/api/docs']) {
      const res = await t.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
        expect({ path, csp }).toEqual({ path, csp: expect.stringContaining(directive) });
      expect({ path, nosniff: res.headers.get('x-content-type-options') }).toEqual({ path, nosniff: 'nosniff' });
      expect({ path, referrer: res.headers.get('referrer-policy') }).toEqual({ path, referrer: 'strict-origin-when-cross-origin' });
      expect({ path, corp: res.headers.get('cross-origin-resource-policy') }).toEqual({ path, corp: 'same-origin' });
      // HSTS only in production.
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    // An API answer is data: it may load nothing, and it goes without the headers that only act on a rendered page.
    const data = await t.request('/api/version');
    expect(data.headers.get('content-security-policy')).toMatch(/^default-src 'none';/);
    for (const pageOnly of ['cross-origin-opener-policy', 'x-frame-options', 'x-dns-prefetch-control', 'x-xss-protection', 'origin-agent-cluster']) {
      expect({ pageOnly, value: data.headers.get(pageOnly) }).toEqual({ pageOnly, value: null });
    }
    // A page (here the API's own docs) gets helmet's whole set, its scripts from this origin only.
    const page = await t.request('/api/docs');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('sends CORS headers only to the origins in CORS_ORIGINS, on cached reads too, and none without any', async () => {
    const origin = 'https://weimin.example.gov.cn';
    const plain = await t.request('/api/stages', { headers: { origin } });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    const app = await startTestApp({}, { config: (config) => ({ ...config, app: { ...config.app, corsOrigins: [origin] } }) });
    try {
      for (const attempt of ['fills the cache', 'served from it']) {
        const res = await fetch(`${app.url}/api/stages`, { headers: { origin } });
        expect({ attempt, allowed: res.headers.get('access-control-allow-origin') }).toEqual({ attempt, allowed: origin });
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      }
      const other = await fetch(`${app.url}/api/stages`, { headers: { origin: 'https://elsewhere.example.com' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await app.close();
    }
  });

  it('gives every answer a request id, keeping a well-formed one from the caller', async () => {
    const own = await t.request('/api/version', { headers: { 'x-request-id': 'gateway-trace-0001' } });
    expect(own.headers.get('x-request-id')).toBe('gateway-trace-0001');
    const hostile = await t.request('/api/version', { headers: { 'x-request-id': '<script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI docs and their JSON', async () => {
    const page = await t.request('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const json = await t.request('/api/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/agencies', '/api/agencies/{id}', '/api/stages']));
  });

  describe('errors have one shape: { code, message, details?, traceId }', () => {
    const expectErrorShape = (body: any, code: string) => {
      expect(body).toEqual(expect.objectContaining({ code, message: expect.any(String), traceId: expect.any(String) }));
      expect(JSON.stringify(body)).not.toMatch(/stack|at \w+ \(|SELECT|node_modules/i);
    };

    it('unknown route → 404 NOT_FOUND', async () => {
      const res = await t.request('/api/no-such-thing');
      expect(res.status).toBe(404);
      expectErrorShape(res.body, 'NOT_FOUND');
    });

    it('a URL that is not valid percent-encoding → 400, not a framework page', async () => {
      const res = await t.request('/api/agencies/%FF');
      expect(res.status).toBe(400);
      expectErrorShape(res.body, 'VALIDATION_FAILED');
    });

    it('error answers are never cached', async () => {
      const res = await t.request('/api/agencies/999999');
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
    });
  });

  it('says how to build a front end that is missing, serves one that is built, and sends / to the H5', async () => {
    // Folders of this test's own, whatever the repository has built: the console built by no one, an H5 "built" here.
    const missing = mkdtempSync(join(tmpdir(), 'weimin-no-admin-'));
    const built = mkdtempSync(join(tmpdir(), 'weimin-h5-'));
    writeFileSync(join(built, 'index.html'), '<!doctype html><title>h5 built for this test</title>');
    const app = await startTestApp({}, { config: (config) => ({ ...config, app: { ...config.app, adminDir: missing, h5Dir: built } }) });
    try {
      for (const path of ['/admin/', '/admin/messages/12']) {
        const res = await fetch(`${app.url}${path}`, { redirect: 'manual' });
        expect({ path, status: res.status }).toEqual({ path, status: 503 });
        expect(await res.text()).toContain('npm run build:admin');
      }
      const h5 = await fetch(`${app.url}/h5/pages/index/index`, { redirect: 'manual' });
      expect(h5.status).toBe(200);
      expect(await h5.text()).toContain('h5 built for this test');
      const root = await fetch(`${app.url}/`, { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/h5/');
    } finally {
      await app.close();
      rmSync(missing, { recursive: true, force: true });
      rmSync(built, { recursive: true, force: true });
    }
  });
});
