import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from './fake-wechat-server';
import { WechatClient, WechatError } from './wechat.client';

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

  it('maps msgSecCheck verdicts, failing closed to review', async () => {
    expect(await client.moderate('o1', '请问公积金怎么提取')).toBe('pass');
    expect(await client.moderate('o1', '这里有赌博')).toBe('risky');
    expect(await client.moderate('o1', '待人工审核的内容')).toBe('review');
    fake.state.moderationErrcode = -1;
    expect(await client.moderate('o1', '请问公积金怎么提取')).toBe('review');
  });

  it('sends subscribe messages and reports 43101 for a citizen who did not accept', async () => {
    await client.sendSubscribeMessage({ touser: 'o1', templateId: 't', page: 'p', data: { character_string1: { value: 'LX1' } } });
    expect(fake.state.sentMessages).toHaveLength(1);
    fake.state.refusingOpenids.add('o2');
    const error = await client.sendSubscribeMessage({ touser: 'o2', templateId: 't', page: 'p', data: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatError);
    expect((error as WechatError).errcode).toBe(43101);
  });

  it('reads a phone number through the code flow', async () => {
    expect(await client.phoneNumber('phone-13912345678')).toBe('13912345678');
    await expect(client.phoneNumber('encryptedData')).rejects.toMatchObject({ errcode: 40029 });
  });
});
