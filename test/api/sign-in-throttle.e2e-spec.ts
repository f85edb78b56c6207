import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { DEMO_PASSWORD, startTestApp, TEST_DB, type TestApp, type TestResponse } from '../support/api-app';

/** docs/security.md §28: sign-in throttled per source address and per account, for staff and citizens. */
describe(`sign-in throttling (${TEST_DB})`, () => {
  let t: TestApp;
  let fake: FakeWechatServer;
  const realNow = Date.now.bind(Date);

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    t = await startTestApp({
      // The addresses below come from X-Forwarded-For, as behind the production reverse proxy.
      TRUST_PROXY: 'true',
      WECHAT_API_BASE: fake.url,
      WECHAT_APPID: FAKE_APP_ID,
      WECHAT_SECRET: FAKE_SECRET,
      // The defaults of config/default.env.
      SIGN_IN_FAILURES_PER_ADDRESS: '20',
      SIGN_IN_ADDRESS_WINDOW_MINUTES: '15',
      SIGN_IN_ATTEMPTS_PER_ACCOUNT: '10',
      SIGN_IN_ACCOUNT_WINDOW_MINUTES: '5',
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });
  afterEach(() => jest.restoreAllMocks());

  const later = (minutes: number) => jest.spyOn(Date, 'now').mockImplementation(() => realNow() + minutes * 60_000);
  const staffSignIn = (from: string, username: string, password: string) =>
    t.request('/api/staff/session', { method: 'POST', headers: { 'x-forwarded-for': from }, json: { username, password } });
  const citizenSignIn = (from: string, code: string) =>
    t.request('/api/citizen/session', { method: 'POST', headers: { 'x-forwarded-for': from }, json: { code } });

  const expectThrottled = (response: TestResponse, windowSeconds: number) => {
    expect(response.status).toBe(429);
    expect(response.body).toEqual({
      code: 'RATE_LIMITED',
      message: expect.any(String),
      details: { retryAfterSeconds: expect.any(Number) },
      traceId: expect.any(String),
    });
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBe(response.body.details.retryAfterSeconds);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  };

  it('slows one address spraying 30 usernames; a real user elsewhere signs in all along; the address is free after the window', async () => {
    const statuses: number[] = [];
    let last: TestResponse | undefined;
    for (let i = 0; i < 30; i++) {
      last = await staffSignIn('203.0.113.7', `sprayed${i}`, 'Wrong-Passw0rd');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(20).fill(401), ...Array(10).fill(429)]);
    expectThrottled(last!, 15 * 60);
    // Refused before any password is checked, even the right one.
    expectThrottled(await staffSignIn('203.0.113.7', 'office.staff', DEMO_PASSWORD), 15 * 60);
    // The throttle is keyed on the attacker's address: the real user, at their own address, is never held back by it.
    expect((await staffSignIn('198.51.100.2', 'office.staff', DEMO_PASSWORD)).status).toBe(200);
    later(15.1);
    expect((await staffSignIn('203.0.113.7', 'sprayed0', 'Wrong-Passw0rd')).status).toBe(401);
  });

  it('slows many addresses trying one account for one short window only', async () => {
    for (let i = 0; i < 10; i++) expect((await staffSignIn(`192.0.2.${i + 1}`, 'Ghost.User', 'Wrong-Passw0rd')).status).toBe(401);
    // Usernames are counted case-blind, from a fresh address too.
    expectThrottled(await staffSignIn('192.0.2.100', 'ghost.user', 'Wrong-Passw0rd'), 5 * 60);
    // Refused attempts are not counted: once the attacker stops, the account is free within the short window.
    later(5.1);
    expect((await staffSignIn('192.0.2.101', 'ghost.user', 'Wrong-Passw0rd')).status).toBe(401);
  });

  it('slows one address replaying a WeChat code 40 times; another citizen signs in meanwhile', async () => {
    expect((await citizenSignIn('203.0.113.60', 'alice#1')).status).toBe(200);
    const statuses: number[] = [];
    let last: TestResponse | undefined;
    for (let i = 0; i < 40; i++) {
      last = await citizenSignIn('203.0.113.9', 'alice#1');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(20).fill(401), ...Array(20).fill(429)]);
    expectThrottled(last!, 15 * 60);
    expect((await citizenSignIn('198.51.100.3', 'bob#1')).status).toBe(200);
  });

  it('limits sign-ins per citizen, and no other citizen feels it', async () => {
    for (let i = 1; i <= 10; i++) expect((await citizenSignIn(`198.51.100.${i + 10}`, `carol#${i}`)).status).toBe(200);
    expectThrottled(await citizenSignIn('198.51.100.30', 'carol#11'), 5 * 60);
    expect((await citizenSignIn('198.51.100.30', 'dave#1')).status).toBe(200);
    const dev = (devUser: string) => t.request('/api/citizen/session/dev', { method: 'POST', json: { devUser } });
    for (let i = 0; i < 10; i++) expect((await dev('erin')).status).toBe(200);
    expectThrottled(await dev('erin'), 5 * 60);
  });
});
