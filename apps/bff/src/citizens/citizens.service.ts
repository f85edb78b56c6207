import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CitizenMeView, CitizenSessionView, ErrorCode } from '@weimin/contracts';
import { hashSessionToken, newSessionToken } from '../auth/session-token';
import { DomainException } from '../common/errors/domain.exception';
import { SignInThrottle } from '../common/http/sign-in-throttle';
import { ContactCipher } from '../common/privacy/contact-cipher';
import { maskPhone } from '../common/privacy/mask';
import type { AppConfig } from '../config/configuration';
import { WechatClient, WechatError } from '../wechat/wechat.client';
import { WECHAT_CLIENT } from '../wechat/wechat.module';
import type { CitizenCaller } from './citizen-principal';
import { CitizenStore } from './citizen.store';

/** Citizens stay signed in for 30 days of use; a week of silence ends the session. */
const SESSION_MAX_MS = 30 * 86_400_000;
const SESSION_IDLE_MS = 7 * 86_400_000;
const TOUCH_EVERY_MS = 3_600_000;

@Injectable()
export class CitizensService {
  private readonly cipher: ContactCipher;
  private readonly devLogin: boolean;

  constructor(
    private readonly store: CitizenStore,
    @Inject(WECHAT_CLIENT) private readonly wechat: WechatClient | null,
    private readonly throttle: SignInThrottle,
    config: ConfigService<AppConfig, true>,
  ) {
    this.cipher = new ContactCipher(config.get('citizens.contactKey', { infer: true }));
    this.devLogin = config.get('citizens.devLogin', { infer: true });
  }

  /**
   * docs/security.md §1: wx.login code → jscode2session → our own opaque token. openid and session_key stay here.
   * Throttled (docs/security.md §28): refused codes per address, sign-ins per WeChat user.
   */
  async loginWithWechat(code: string, address: string | null): Promise<CitizenSessionView> {
    const wechat = this.requireWechat();
    await this.throttle.check(address);
    let identity: { openid: string; unionid?: string };
    try {
      identity = await wechat.code2Session(code);
    } catch (error) {
      if (!(error instanceof WechatError)) throw error;
      await this.throttle.failed(address);
      throw new DomainException(ErrorCode.Unauthenticated, '微信登录失败，请重试');
    }
    await this.throttle.attempt(`citizen:${identity.openid}`);
    return this.openSession(identity.openid, identity.unionid ?? null);
  }

  /** H5 and tests: a pretend citizen. Off unless CITIZEN_DEV_LOGIN=true, which production refuses. */
  async loginForDevelopment(devUser: string): Promise<CitizenSessionView> {
    if (!this.devLogin) throw new DomainException(ErrorCode.NotFound, '请求的内容不存在');
    const openid = `dev:${devUser}`;
    await this.throttle.attempt(`citizen:${openid}`);
    return this.openSession(openid, null);
  }

  async authenticate(token: string): Promise<Omit<CitizenCaller, 'ip' | 'traceId'> | null> {
    const tokenHash = hashSessionToken(token);
    const { citizens, sessions } = this.store.repositories;
    const session = await sessions.findByTokenHash(tokenHash);
    if (!session) return null;
    const now = Date.now();
    if (now > session.expiresAt.getTime() || now - session.lastSeenAt.getTime() > SESSION_IDLE_MS) {
      await sessions.end(tokenHash);
      return null;
    }
    const citizen = await citizens.findById(session.citizenId);
    if (!citizen) return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await sessions.touch(tokenHash, new Date(now));
    return { id: citizen.id, openid: citizen.openid };
  }

  async me(citizenId: number): Promise<CitizenMeView> {
    const citizen = await this.store.repositories.citizens.findById(citizenId);
    if (!citizen) throw DomainException.notFound('用户');
    return { id: citizen.id, phoneMasked: citizen.phoneEncrypted ? maskPhone(this.cipher.decrypt(citizen.phoneEncrypted)) : null };
  }

  /** docs/security.md §3: only the getPhoneNumber code flow; stored encrypted, shown masked. */
  async bindPhone(caller: CitizenCaller, code: string): Promise<CitizenMeView> {
    const wechat = this.requireWechat();
    let phone: string;
    try {
      phone = await wechat.phoneNumber(code);
    } catch (error) {
      if (error instanceof WechatError)
        throw new DomainException(ErrorCode.ValidationFailed, '获取手机号失败，请重试', [{ field: 'code', messages: ['手机号授权码无效或已使用'] }]);
      throw error;
    }
    await this.store.repositories.citizens.setPhoneEncrypted(caller.id, this.cipher.encrypt(phone));
    return this.me(caller.id);
  }

  private async openSession(openid: string, unionid: string | null): Promise<CitizenSessionView> {
    const now = new Date();
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + SESSION_MAX_MS);
    const citizenId = await this.store.transaction(async ({ citizens, sessions }) => {
      const citizen = await citizens.findOrCreateByOpenid(openid, unionid);
      await citizens.recordSignIn(citizen.id, now, unionid);
      await sessions.open({ tokenHash: hashSessionToken(token), citizenId: citizen.id, createdAt: now, lastSeenAt: now, expiresAt });
      return citizen.id;
    });
    return { token, expiresAt: expiresAt.toISOString(), citizen: await this.me(citizenId) };
  }

  private requireWechat(): WechatClient {
    if (!this.wechat) throw new DomainException(ErrorCode.ServiceUnavailable, '微信服务未配置');
    return this.wechat;
  }
}
