import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

/** docs/security.md §27: a bad request never costs more to answer than to send. */
describe(`request shape bounds (${TEST_DB})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const postRaw = (path: string, body: string) => t.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers a body nested 10,000 deep with a 400 before anything else, signed in or not', async () => {
    const deep = '{"username":"admin","password":"x","n":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';
    for (const path of ['/api/staff/session', '/api/citizen/session', '/api/messages']) {
      const response = await postRaw(path, deep);
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.details).toEqual([{ field: 'body', messages: [expect.stringContaining('nested deeper')] }]);
      expect(response.body.traceId).toEqual(expect.any(String));
    }
  });

  it('refuses 50,000 unknown keys at once, with a short answer', async () => {
    const keys = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`unknown${i}`, 1]));
    const body = JSON.stringify({ username: 'admin', password: 'x', ...keys });
    const started = Date.now();
    const response = await postRaw('/api/staff/session', body);
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([{ field: 'body', messages: [expect.stringContaining('keys')] }]);
    expect(JSON.stringify(response.body).length).toBeLessThan(1000);
    // It took 1.5 to 12 seconds when class-validator saw every key.
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('lists the first few validation problems and counts the rest', async () => {
    const keys = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`unknown${i}_${'x'.repeat(500)}`, 1]));
    const response = await postRaw('/api/staff/session', JSON.stringify({ username: 'admin', password: 'x', ...keys }));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details).toHaveLength(10);
    expect(response.body.message).toContain('300');
    expect(JSON.stringify(response.body).length).toBeLessThan(5000);
  });

  it('still reports a small number of problems in full', async () => {
    const response = await postRaw('/api/staff/session', JSON.stringify({ username: 'admin', extra: 1 }));
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['extra', 'password']);
  });
});
