import { AccessTokenStore, type SharedToken } from '../common/shared-state/access-token-store';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from './fake-wechat-server';
import { transportReason, WechatClient, WechatError, WechatTransportError } from './wechat.client';

/** The store instances share (Redis in production: RedisAccessTokenStore), in memory here. */
class MemoryTokenStore extends AccessTokenStore {
  readonly tokens = new Map<string, SharedToken>();
  async get(appId: string): Promise<SharedToken | null> {
    return this.tokens.get(appId) ?? null;
  }
  async set(appId: string, token: SharedToken): Promise<void> {
    this.tokens.set(appId, token);
  }
}

describe('WechatClient against the fake WeChat server', () => {
  let fake: FakeWechatServer;
  let client: WechatClient;

  beforeEach(async () => {
    fake = await startFakeWechatServer();
    client = new WechatClient({ apiBase: fake.url, appId: FAKE_APP_ID, secret: FAKE_SECRET });
  });
  afterEach(() => fake.close());

  it('exchanges a login code once; a replayed code is 40029', async () => {
    expect(await client.code2Session('alice#1')).toEqual({ openid: fake.openidOf('alice#1') });
    await expect(client.code2Session('alice#1')).rejects.toMatchObject({ errcode: 40029 });
    expect((await client.code2Session('alice#2')).openid).toBe(fake.openidOf('alice#1'));
  });

  it('fetches one token for 50 parallel callers', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => client.moderate('o1', `第${i}条留言`)));
    expect(fake.state.tokenFetches).toBe(1);
    expect(fake.state.moderated).toHaveLength(50);
  });

  it('refreshes once and retries once when the token went bad (40001)', async () => {
    await client.moderate('o1', '你好');
    fake.state.validTokens.clear();
    expect(await client.moderate('o1', '你好')).toBe('pass');
    expect(fake.state.tokenFetches).toBe(2);
  });

  it('refreshes with force_refresh=false: the token in force, never one that ends the token other instances hold', async () => {
    await client.moderate('o1', '你好');
    const other = new WechatClient({ apiBase: fake.url, appId: FAKE_APP_ID, secret: FAKE_SECRET });
    await other.moderate('o2', '你好');
    expect(await other.accessToken()).toBe(await client.accessToken());
    fake.state.validTokens.clear();
    expect(await client.moderate('o1', '你好')).toBe('pass');
    expect(await other.moderate('o2', '你好')).toBe('pass');
    expect(fake.state.forcedRefreshes).toBe(0);
    expect(await other.accessToken()).toBe(await client.accessToken());
  });

  it('shares one token between instances through the shared store: one fetch for both', async () => {
    const shared = new MemoryTokenStore();
    const first = new WechatClient({ apiBase: fake.url, appId: FAKE_APP_ID, secret: FAKE_SECRET }, shared);
    const second = new WechatClient({ apiBase: fake.url, appId: FAKE_APP_ID, secret: FAKE_SECRET }, shared);
    await first.moderate('o1', '你好');
    await second.moderate('o2', '你好');
    expect(fake.state.tokenFetches).toBe(1);
    expect(shared.tokens.get(FAKE_APP_ID)?.value).toBe(await second.accessToken());
  });

  it('takes the token another instance stored when WeChat refuses its own, without fetching', async () => {
    const shared = new MemoryTokenStore();
    const first = new WechatClient({ apiBase: fake.url, appId: FAKE_APP_ID, secret: FAKE_SECRET }, shared);
    const second = new WechatClient({ apiBase: fake.url, appId: FAKE_APP_ID, secret: FAKE_SECRET }, shared);
    await first.moderate('o1', '你好');
    await second.moderate('o2', '你好');
    fake.state.validTokens.clear();
    expect(await second.moderate('o2', '你好')).toBe('pass'); // refused, fetched anew, stored
    expect(fake.state.tokenFetches).toBe(2);
    expect(await first.moderate('o1', '你好')).toBe('pass'); // refused, takes the stored one
    expect(fake.state.tokenFetches).toBe(2);
    expect(fake.state.forcedRefreshes).toBe(0);
  });

  it('maps msgSecCheck verdicts, failing closed to review', async () => {
    expect(await client.moderate('o1', '请问公积金怎么提取')).toBe('pass');
    expect(await client.moderate('o1', '这里有赌博')).toBe('risky');
    expect(await client.moderate('o1', '待人工审核的内容')).toBe('review');
    fake.state.moderationErrcode = -1;
    expect(await client.moderate('o1', '请问公积金怎么提取')).toBe('review');
  });

  it('sends subscribe messages and reports 43101 for a citizen who did not accept', async () => {
    fake.authorise('o1', 't');
    await client.sendSubscribeMessage({ touser: 'o1', templateId: 't', page: 'p', data: { character_string1: { value: 'LX1' } } });
    expect(fake.state.sentMessages).toHaveLength(1);
    const error = await client.sendSubscribeMessage({ touser: 'o2', templateId: 't', page: 'p', data: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatError);
    expect((error as WechatError).errcode).toBe(43101);
  });

  it('allows one message per one-time authorisation, as WeChat does (docs/security.md §31)', async () => {
    const send = () => client.sendSubscribeMessage({ touser: 'o1', templateId: 't', page: 'p', data: {} });
    fake.authorise('o1', 't');
    await send();
    await expect(send()).rejects.toMatchObject({ errcode: 43101 });
    fake.authorise('o1', 't');
    await send();
    expect(fake.deliveriesTo('o1')).toBe(2);
    expect(fake.state.sendRequests.map((r) => r.errcode)).toEqual([0, 43101, 0]);
  });

  it('reports a send answered after the timeout as a timeout, though WeChat delivered it', async () => {
    client = new WechatClient({ apiBase: fake.url, appId: FAKE_APP_ID, secret: FAKE_SECRET, timeoutMs: 200 });
    await client.accessToken();
    fake.authorise('o1', 't');
    fake.state.sendDelayMs = 600;
    const error = await client.sendSubscribeMessage({ touser: 'o1', templateId: 't', page: 'p', data: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatTransportError);
    expect(error).toMatchObject({ api: 'subscribe_send', reason: 'timeout' });
    expect(fake.deliveriesTo('o1')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the fake answer before it closes
  });

  it('reports WeChat out of reach as unreachable: the request never went out', async () => {
    await fake.close();
    const error = await client.sendSubscribeMessage({ touser: 'o1', templateId: 't', page: 'p', data: {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ api: 'stable_token', reason: 'unreachable' });
    fake = await startFakeWechatServer(); // for afterEach
  });

  it.each([
    ['a timeout', 'timeout', new DOMException('The operation was aborted due to timeout', 'TimeoutError')],
    ['a refused connection', 'unreachable', Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })],
    ['an unknown host', 'unreachable', Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } })],
    ['a socket closed mid-answer', 'connection_lost', Object.assign(new TypeError('fetch failed'), { cause: { code: 'UND_ERR_SOCKET' } })],
    ['a reset connection', 'connection_lost', Object.assign(new TypeError('terminated'), { cause: { code: 'ECONNRESET' } })],
    ['anything else', 'connection_lost', new Error('?')],
  ] as const)('transportReason: %s → %s', (_why, reason, error) => {
    expect(transportReason(error)).toBe(reason);
  });

  it('reads a phone number through the code flow', async () => {
    expect(await client.phoneNumber('phone-13912345678')).toBe('13912345678');
    await expect(client.phoneNumber('encryptedData')).rejects.toMatchObject({ errcode: 40029 });
  });
});
