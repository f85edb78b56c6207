import { Injectable, Logger } from '@nestjs/common';
import type { AccessTokenStore } from '../common/shared-state/access-token-store';

/** WeChat's answer when something went wrong: `errcode` non-zero, with WeChat's own `errmsg`. */
export class WechatError extends Error {
  constructor(
    readonly errcode: number,
    errmsg: string,
    readonly api: string,
  ) {
    super(`WeChat ${api} errcode ${errcode}: ${errmsg}`);
    this.name = 'WechatError';
  }
}

/**
 * WeChat did not answer: the call timed out, the connection was lost, or WeChat could not be reached at all. Only
 * `unreachable` says for sure that the request never arrived; after a timeout or a lost connection it may have been
 * carried out (docs/security.md §31).
 */
export class WechatTransportError extends Error {
  /** WeChat did not answer (in time): the error filter answers 503, try again later (docs/security.md §30). */
  readonly statusCode = 503;

  constructor(
    readonly api: string,
    readonly reason: 'timeout' | 'connection_lost' | 'unreachable',
    cause: unknown,
  ) {
    super(`WeChat ${api}: ${reason} (${(cause as Error)?.message ?? cause})`, { cause });
    this.name = 'WechatTransportError';
  }
}

/** Errors raised before a connection carried the request (refused, no such host, no route, TLS or connect timeout). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** How a failed fetch to WeChat ended. Anything not known to happen before sending counts as possibly sent. */
export function transportReason(error: unknown): WechatTransportError['reason'] {
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  const code = ((error as { cause?: { code?: unknown } })?.cause?.code ?? (error as { code?: unknown })?.code) as string | undefined;
  return code && UNREACHABLE.has(code) ? 'unreachable' : 'connection_lost';
}

export interface WechatClientOptions {
  apiBase: string;
  appId: string;
  secret: string;
  /** How long one call may take, answer included (WECHAT_TIMEOUT_MS; 5 s when unset). */
  timeoutMs?: number;
}

export type ModerationVerdict = 'pass' | 'review' | 'risky';

/** Errcodes that mean "the access_token is no good": refresh once, retry once (docs/security.md §2). */
const TOKEN_INVALID = new Set([40001, 42001]);
/** Refresh this long before WeChat's stated expiry. */
const TOKEN_MARGIN_MS = 5 * 60_000;

/**
 * The BFF's only door to WeChat's servers. The base URL comes from configuration, so tests and development talk to
 * the local fake (fake-wechat-server.ts). Holds one access_token (stable_token), shared by concurrent callers and,
 * through `shared` (Redis, REDIS_URL), by every instance; session_key and the AppSecret never leave this class.
 *
 * Several instances never take the token from each other: a token is fetched with force_refresh=false, which WeChat
 * answers with the token in force (the same for every caller), and one WeChat calls invalid is replaced by the one
 * another instance stored, or by a plain fetch; force_refresh=true, which ends the token every other instance uses,
 * is sent only when the plain fetch answers the very token WeChat refused.
 */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger('WeChat');
  private token: { value: string; expiresAt: number } | null = null;
  private tokenInFlight: Promise<string> | null = null;

  constructor(
    private readonly options: WechatClientOptions,
    private readonly shared: AccessTokenStore | null = null,
  ) {}

  /** wx.login code → openid (and unionid when bound). 40029 (invalid or replayed code) raises WechatError. */
  async code2Session(code: string): Promise<{ openid: string; unionid?: string }> {
    const query = new URLSearchParams({ appid: this.options.appId, secret: this.options.secret, js_code: code, grant_type: 'authorization_code' });
    const body = await this.call<{ openid: string; unionid?: string; session_key: string }>('jscode2session', `/sns/jscode2session?${query}`);
    // session_key is deliberately dropped here: the BFF never needs it and it must never reach a client.
    return { openid: body.openid, unionid: body.unionid };
  }

  /** The phone number behind a getPhoneNumber button's code (the code flow only; docs/security.md §3). */
  async phoneNumber(code: string): Promise<string> {
    const body = await this.withToken<{ phone_info: { purePhoneNumber: string } }>('getuserphonenumber', (token) => [
      `/wxa/business/getuserphonenumber?access_token=${encodeURIComponent(token)}`,
      { code },
    ]);
    return body.phone_info.purePhoneNumber;
  }

  /** msgSecCheck version 2, scene 2 (comments/forum). Any WeChat failure is treated as "review" (fail closed). */
  async moderate(openid: string, content: string, title?: string): Promise<ModerationVerdict> {
    try {
      const body = await this.withToken<{ result?: { suggest?: string } }>('msg_sec_check', (token) => [
        `/wxa/msg_sec_check?access_token=${encodeURIComponent(token)}`,
        { content, version: 2, scene: 2, openid, ...(title && { title }) },
      ]);
      const suggest = body.result?.suggest;
      return suggest === 'pass' || suggest === 'risky' ? suggest : 'review';
    } catch (error) {
      this.logger.warn({ msg: 'msgSecCheck failed, holding for review', errcode: (error as WechatError).errcode ?? null });
      return 'review';
    }
  }

  /**
   * mediaCheckAsync version 2 for an image (media_type 2): WeChat downloads `mediaUrl` and pushes its verdict later to
   * the message push URL (event wxa_media_check), naming the trace_id answered here. Raises on any failure.
   */
  async mediaCheckAsync(openid: string, mediaUrl: string): Promise<string> {
    const body = await this.withToken<{ trace_id: string }>('media_check_async', (token) => [
      `/wxa/media_check_async?access_token=${encodeURIComponent(token)}`,
      { media_url: mediaUrl, media_type: 2, version: 2, scene: 2, openid },
    ]);
    return body.trace_id;
  }

  /**
   * Subscribe message. Raises WechatError (43101: the citizen has not accepted; not to be retried), or
   * WechatTransportError: after a timeout or a lost connection the message may have been delivered.
   */
  async sendSubscribeMessage(message: { touser: string; templateId: string; page: string; data: Record<string, { value: string }> }): Promise<void> {
    await this.withToken('subscribe_send', (token) => [
      `/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`,
      { touser: message.touser, template_id: message.templateId, page: message.page, data: message.data, lang: 'zh_CN' },
    ]);
  }

  /**
   * 小程序码 without a limit on how many (wxacode.getUnlimited): the image's bytes (PNG). `scene` is at most 32
   * characters; `page` must be a page of the released mini-program when `checkPath` is true (else 41030).
   */
  async wxacodeUnlimited(request: {
    scene: string;
    page: string;
    checkPath: boolean;
    envVersion: 'release' | 'trial' | 'develop';
    width: number;
  }): Promise<Buffer> {
    return this.withToken<Buffer>(
      'getwxacodeunlimit',
      (token) => [
        `/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`,
        { scene: request.scene, page: request.page, check_path: request.checkPath, env_version: request.envVersion, width: request.width },
      ],
      true,
    );
  }

  /** One fetch for any number of concurrent callers; cached until shortly before expiry. */
  async accessToken(): Promise<string> {
    if (this.token && Date.now() < this.token.expiresAt) return this.token.value;
    return this.freshToken(null);
  }

  /** A token other than `refused` (the one WeChat called invalid), from the shared store or from WeChat. */
  private freshToken(refused: string | null): Promise<string> {
    if (this.tokenInFlight) return this.tokenInFlight;
    this.tokenInFlight = (async () => {
      const shared = await this.shared?.get(this.options.appId);
      if (shared && shared.value !== refused && Date.now() < shared.expiresAt) {
        this.token = shared;
        return shared.value;
      }
      let body = await this.stableToken(false);
      if (body.access_token === refused) body = await this.stableToken(true);
      this.token = { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 - TOKEN_MARGIN_MS };
      await this.shared?.set(this.options.appId, this.token);
      return body.access_token;
    })().finally(() => {
      this.tokenInFlight = null;
    });
    return this.tokenInFlight;
  }

  private stableToken(forceRefresh: boolean): Promise<{ access_token: string; expires_in: number }> {
    return this.call('stable_token', '/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid: this.options.appId,
      secret: this.options.secret,
      force_refresh: forceRefresh,
    });
  }

  private async withToken<T>(api: string, request: (token: string) => [string, unknown], image = false): Promise<T> {
    const token = await this.accessToken();
    try {
      return await this.call<T>(api, ...request(token), image);
    } catch (error) {
      if (!(error instanceof WechatError) || !TOKEN_INVALID.has(error.errcode)) throw error;
      // Another holder may have refreshed the token: drop ours, fetch anew once, retry once.
      if (this.token?.value === token) this.token = null;
      return this.call<T>(api, ...request(await this.freshToken(token)), image);
    }
  }

  /** With `image`, an answer that is an image is returned as its bytes; any other answer is read as JSON, as WeChat's errors are. */
  private async call<T>(api: string, path: string, body?: unknown, image = false): Promise<T> {
    let json: T & { errcode?: number; errmsg?: string };
    try {
      const response = await fetch(this.options.apiBase + path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
      if (image && response.headers.get('content-type')?.startsWith('image/')) return Buffer.from(await response.arrayBuffer()) as T;
      json = (await response.json()) as typeof json;
    } catch (error) {
      if (error instanceof SyntaxError) throw error; // WeChat answered, but not with JSON
      throw new WechatTransportError(api, transportReason(error), error);
    }
    if (json.errcode) throw new WechatError(json.errcode, json.errmsg ?? '', api);
    return json;
  }
}
