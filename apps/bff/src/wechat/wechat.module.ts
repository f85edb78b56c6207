import { Global, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ACCESS_TOKEN_STORE, type AccessTokenStore } from '../common/shared-state/access-token-store';
import type { AppConfig } from '../config/configuration';
import { FAKE_APP_ID, FAKE_SECRET, FakeWechatServer, startFakeWechatServer } from './fake-wechat-server';
import { WechatClient } from './wechat.client';

/** Provides WechatClient, or null when WeChat is not configured (no appid and no fake). */
export const WECHAT_CLIENT = 'WECHAT_CLIENT';

let fakeServer: FakeWechatServer | null = null;

@Global()
@Module({
  providers: [
    {
      provide: WECHAT_CLIENT,
      inject: [ConfigService, ACCESS_TOKEN_STORE],
      useFactory: async (config: ConfigService<AppConfig, true>, tokens: AccessTokenStore | null): Promise<WechatClient | null> => {
        const wechat = config.get('wechat', { infer: true });
        if (wechat.fake) {
          // Development only (configuration refuses it in production): WeChat's servers cannot be reached here.
          fakeServer = await startFakeWechatServer();
          // Its verdicts on photos go to this BFF (photos/photo-checks.service.ts signs them off with FAKE_PUSH_TOKEN).
          fakeServer.state.pushUrl = `http://127.0.0.1:${config.get('app.port', { infer: true })}/api/wechat/push`;
          new Logger('WeChat').log({ msg: 'using the local fake WeChat server', url: fakeServer.url });
          return new WechatClient({ apiBase: fakeServer.url, appId: FAKE_APP_ID, secret: FAKE_SECRET, timeoutMs: wechat.timeoutMs }, tokens);
        }
        if (!wechat.appId || !wechat.secret) return null;
        return new WechatClient({ apiBase: wechat.apiBase, appId: wechat.appId, secret: wechat.secret, timeoutMs: wechat.timeoutMs }, tokens);
      },
    },
  ],
  exports: [WECHAT_CLIENT],
})
export class WechatModule implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await fakeServer?.close();
    fakeServer = null;
  }
}
