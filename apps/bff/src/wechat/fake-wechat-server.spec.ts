import { connect } from 'node:net';
import { type FakeWechatServer, startFakeWechatServer } from './fake-wechat-server';

describe('fake WeChat server', () => {
  let fake: FakeWechatServer;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    fake = await startFakeWechatServer();
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await fake.close();
  });

  it('survives a client that hangs up halfway through a request body, and keeps answering', async () => {
    const { port } = new URL(fake.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write('POST /cgi-bin/stable_token HTTP/1.1\r\nHost: fake\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"grant_');
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(rejections).toEqual([]);
    const response = await fetch(`${fake.url}/sns/jscode2session?appid=x&secret=y&js_code=z`);
    expect(await response.json()).toEqual({ errcode: 40125, errmsg: 'invalid appsecret' });
  });
});
