import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import QRCode from 'qrcode';

/**
 * A local stand-in for api.weixin.qq.com, for tests and `npm start` in development (WeChat's servers cannot be
 * reached here). It follows the documented request and answer shapes and error codes of the seven APIs the BFF uses.
 *
 * Conventions: a login code `alice#1` signs in the citizen `alice` (the part before `#` fixes the openid), each code
 * works once (then 40029); a phone code `phone-13812345678` yields that number; msgSecCheck says `risky` for
 * content with a word in `riskyWords` and `review` for one in `reviewWords`.
 *
 * stable_token answers, in its normal mode, the token in force for as long as it is valid (every caller gets the same
 * one), and with force_refresh=true a new token that ends the previous one, as WeChat does.
 *
 * Subscribe messages are one-time subscriptions, as on WeChat (docs/security.md §31): each authorisation (the citizen
 * accepting a template in `wx.requestSubscribeMessage`, which reaches WeChat and not the BFF; tests call `authorise`)
 * allows exactly one message to that openid with that template; a send without one answers 43101. `sendDelayMs` makes
 * the send answer late while still delivering at once, as WeChat does when it is slow.
 *
 * wxacode.getUnlimited answers a real PNG: a plain QR code (not WeChat's round one) that reads
 * `weimin-fake-wxacode:<page>?scene=<scene>`, so tests can decode it and see where it leads.
 *
 * mediaCheckAsync answers a trace_id at once, then, as WeChat does, downloads the image from media_url and pushes its
 * verdict (event wxa_media_check, plaintext JSON mode) to `pushUrl`, signed with `pushToken` the way WeChat signs
 * message pushes (signature = sha1 of the sorted token, timestamp and nonce). An image whose bytes' sha256 is in
 * `riskyImages` is `risky`, else `pass`. `hosts` maps a public origin to where it is really served (a test's BFF on a
 * local port), like a hosts file. `mediaChecksSettled()` waits for every download and push under way.
 */
export interface FakeWechatState {
  appId: string;
  secret: string;
  tokenFetches: number;
  /** stable_token calls with force_refresh=true: each ends the token every other holder uses. */
  forcedRefreshes: number;
  /** The token stable_token answers in its normal mode (force_refresh=false) while it is valid, as WeChat does. */
  currentToken: string | null;
  validTokens: Set<string>;
  usedCodes: Set<string>;
  riskyWords: string[];
  reviewWords: string[];
  /** Unused one-time authorisations per `openid template_id`: each allows one message, a send without one is 43101. */
  subscriptions: Map<string, number>;
  /** Long-term templates (长期订阅, where the category allows them): once authorised, a send does not use it up. */
  longTermTemplates: Set<string>;
  /** When set, subscribe sends are delivered at once but answered only after this many milliseconds. */
  sendDelayMs: number;
  /** jscode2session answers this late (a slow WeChat at sign-in). */
  loginDelayMs: number;
  /** When set, msg_sec_check answers this errcode (to test fail-closed). */
  moderationErrcode: number | null;
  /** Messages delivered to citizens. */
  sentMessages: Array<{ touser: string; template_id: string; page: string; data: Record<string, { value: string }> }>;
  /** Every subscribe send WeChat received, delivered or not, with the errcode it answered. */
  sendRequests: Array<{ touser: string; template_id: string; errcode: number }>;
  moderated: Array<{ openid: string; content: string }>;
  /** The released mini-program's pages: with check_path, a code for any other page answers 41030. */
  appPages: Set<string>;
  /** Every getwxacodeunlimit request WeChat received, answered or refused. */
  wxacodeRequests: Array<{ scene: string; page: string }>;
  /** When set, getwxacodeunlimit answers this errcode (45009: the day's quota is spent). */
  wxacodeErrcode: number | null;
  /** The message push URL and Token configured in the MP console; no URL: verdicts are not pushed. */
  pushUrl: string | null;
  pushToken: string;
  /** origin → origin it is really served at, for downloading media_url. */
  hosts: Map<string, string>;
  /** sha256 (hex) of image bytes WeChat calls risky. */
  riskyImages: Set<string>;
  /** Every mediaCheckAsync request WeChat accepted. */
  mediaChecks: Array<{ openid: string; mediaUrl: string; traceId: string }>;
  /** Every verdict pushed, with the push's HTTP status and the downloaded image's sha256 (null: the download failed). */
  pushes: Array<{ traceId: string; suggest: 'pass' | 'risky'; sha256: string | null; status: number }>;
}

export interface FakeWechatServer {
  url: string;
  state: FakeWechatState;
  openidOf: (code: string) => string;
  /** The citizen accepted `templateId` once (one more message allowed). */
  authorise: (openid: string, templateId: string) => void;
  /** How many subscribe messages reached the citizen. */
  deliveriesTo: (openid: string) => number;
  /** Resolves when every mediaCheckAsync download and push under way has finished. */
  mediaChecksSettled: () => Promise<void>;
  close: () => Promise<void>;
}

export const FAKE_APP_ID = 'wx0000000000000000';
export const FAKE_SECRET = '00000000000000000000000000000000';
/** The message push Token the fake signs with until told otherwise. */
export const FAKE_PUSH_TOKEN = 'fakePushToken';

export function fakeOpenidOf(code: string): string {
  return `oFake${createHash('sha256').update(code.split('#')[0]).digest('base64url').slice(0, 23)}`;
}

export async function startFakeWechatServer(port = 0): Promise<FakeWechatServer> {
  const state: FakeWechatState = {
    appId: FAKE_APP_ID,
    secret: FAKE_SECRET,
    tokenFetches: 0,
    forcedRefreshes: 0,
    currentToken: null,
    validTokens: new Set(),
    usedCodes: new Set(),
    riskyWords: ['赌博', '枪支'],
    reviewWords: ['待人工审核'],
    subscriptions: new Map(),
    longTermTemplates: new Set(),
    sendDelayMs: 0,
    loginDelayMs: 0,
    moderationErrcode: null,
    sentMessages: [],
    sendRequests: [],
    moderated: [],
    appPages: new Set(['pages/home/index', 'pages/units/index', 'pages/board/index', 'pages/mine/index']),
    wxacodeRequests: [],
    wxacodeErrcode: null,
    pushUrl: null,
    pushToken: FAKE_PUSH_TOKEN,
    hosts: new Map(),
    riskyImages: new Set(),
    mediaChecks: [],
    pushes: [],
  };
  const checksUnderWay = new Set<Promise<void>>();

  /** WeChat's side after answering mediaCheckAsync: download, decide, push the verdict (never throws). */
  const checkAndPush = async (openid: string, mediaUrl: string, traceId: string): Promise<void> => {
    let sha256: string | null = null;
    try {
      const url = new URL(mediaUrl);
      const served = state.hosts.get(url.origin) ?? url.origin;
      const response = await fetch(served + url.pathname + url.search);
      if (response.ok)
        sha256 = createHash('sha256')
          .update(Buffer.from(await response.arrayBuffer()))
          .digest('hex');
    } catch {
      sha256 = null;
    }
    const suggest = sha256 === null || state.riskyImages.has(sha256) ? 'risky' : 'pass';
    if (!state.pushUrl) return;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = String(Math.floor(Math.random() * 1e9));
    const signature = createHash('sha1').update([state.pushToken, timestamp, nonce].sort().join('')).digest('hex');
    const push = {
      ToUserName: 'gh_fake00000000',
      FromUserName: openid,
      CreateTime: Number(timestamp),
      MsgType: 'event',
      Event: 'wxa_media_check',
      appid: state.appId,
      trace_id: traceId,
      version: 2,
      detail: [{ strategy: 'content_model', errcode: 0, suggest, label: suggest === 'pass' ? 100 : 20002, prob: 90 }],
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label: suggest === 'pass' ? 100 : 20002 },
    };
    let status = 0;
    try {
      const response = await fetch(`${state.pushUrl}?${new URLSearchParams({ signature, timestamp, nonce })}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(push),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      status = 0;
    }
    state.pushes.push({ traceId, suggest, sha256, status });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const body = request.method === 'POST' ? await readJson(request) : {};
    const tokenOk = () => state.validTokens.has(url.searchParams.get('access_token') ?? '');
    const send = (payload: unknown) => json(response, payload);

    switch (url.pathname) {
      case '/sns/jscode2session': {
        const code = url.searchParams.get('js_code') ?? '';
        if (url.searchParams.get('appid') !== state.appId || url.searchParams.get('secret') !== state.secret)
          return send({ errcode: 40125, errmsg: 'invalid appsecret' });
        if (!code || state.usedCodes.has(code)) return send({ errcode: 40029, errmsg: 'invalid code' });
        state.usedCodes.add(code);
        if (state.loginDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.loginDelayMs));
        return send({ openid: fakeOpenidOf(code), session_key: createHash('md5').update(code).digest('base64') });
      }
      case '/cgi-bin/stable_token': {
        if (body.grant_type !== 'client_credential' || body.appid !== state.appId || body.secret !== state.secret)
          return send({ errcode: 40013, errmsg: 'invalid appid' });
        state.tokenFetches += 1;
        if (body.force_refresh === true) {
          state.forcedRefreshes += 1;
          if (state.currentToken) state.validTokens.delete(state.currentToken);
        } else if (state.currentToken && state.validTokens.has(state.currentToken)) {
          return send({ access_token: state.currentToken, expires_in: 7200 });
        }
        const token = `fake-token-${state.tokenFetches}`;
        state.validTokens.add(token);
        state.currentToken = token;
        return send({ access_token: token, expires_in: 7200 });
      }
      case '/wxa/msg_sec_check': {
        if (!tokenOk()) return send({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        if (state.moderationErrcode) return send({ errcode: state.moderationErrcode, errmsg: 'system error' });
        if (body.version !== 2 || !body.openid || typeof body.content !== 'string') return send({ errcode: 47001, errmsg: 'data format error' });
        state.moderated.push({ openid: String(body.openid), content: body.content });
        const text = `${body.title ?? ''}${body.content}`;
        const suggest = state.riskyWords.some((w) => text.includes(w)) ? 'risky' : state.reviewWords.some((w) => text.includes(w)) ? 'review' : 'pass';
        return send({ errcode: 0, errmsg: 'ok', result: { suggest, label: suggest === 'pass' ? 100 : 20001 }, detail: [], trace_id: 'fake-trace' });
      }
      case '/cgi-bin/message/subscribe/send': {
        if (!tokenOk()) return send({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        if (!body.touser || !body.template_id) return send({ errcode: 47003, errmsg: 'argument invalid!' });
        const key = subscriptionKey(String(body.touser), String(body.template_id));
        const left = state.subscriptions.get(key) ?? 0;
        state.sendRequests.push({ touser: String(body.touser), template_id: String(body.template_id), errcode: left > 0 ? 0 : 43101 });
        if (left === 0) return send({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
        if (!state.longTermTemplates.has(String(body.template_id))) state.subscriptions.set(key, left - 1);
        state.sentMessages.push(body as FakeWechatState['sentMessages'][number]);
        if (state.sendDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.sendDelayMs));
        return send({ errcode: 0, errmsg: 'ok' });
      }
      case '/wxa/getwxacodeunlimit': {
        if (!tokenOk()) return send({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        const scene = typeof body.scene === 'string' ? body.scene : '';
        const page = typeof body.page === 'string' ? body.page : 'pages/home/index';
        state.wxacodeRequests.push({ scene, page });
        if (state.wxacodeErrcode) return send({ errcode: state.wxacodeErrcode, errmsg: 'reach max api daily quota limit' });
        // WeChat: 1 to 32 visible characters, digits, letters and !#$&'()*+,/:;=?@-._~ only.
        if (!/^[\w!#$&'()*+,/:;=?@.~-]{1,32}$/.test(scene)) return send({ errcode: 40169, errmsg: 'invalid length for scene, or the data is not json string' });
        if (page.startsWith('/') || (body.check_path !== false && !state.appPages.has(page))) return send({ errcode: 41030, errmsg: 'invalid page' });
        const width = typeof body.width === 'number' ? Math.min(1280, Math.max(280, body.width)) : 430;
        const png = await QRCode.toBuffer(`weimin-fake-wxacode:${page}?scene=${scene}`, { type: 'png', width, margin: 4 });
        response.setHeader('content-type', 'image/png');
        return response.end(png);
      }
      case '/wxa/media_check_async': {
        if (!tokenOk()) return send({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        if (body.media_type !== 2 && body.media_type !== 1) return send({ errcode: 47001, errmsg: 'data format error' });
        if (body.version !== 2 || !body.openid || typeof body.media_url !== 'string' || !/^https?:\/\//.test(body.media_url))
          return send({ errcode: 47001, errmsg: 'data format error' });
        const traceId = randomUUID();
        state.mediaChecks.push({ openid: String(body.openid), mediaUrl: body.media_url, traceId });
        const check = checkAndPush(String(body.openid), body.media_url, traceId).finally(() => checksUnderWay.delete(check));
        checksUnderWay.add(check);
        return send({ errcode: 0, errmsg: 'ok', trace_id: traceId });
      }
      case '/wxa/business/getuserphonenumber': {
        if (!tokenOk()) return send({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        const match = /^phone-(1[3-9]\d{9})$/.exec(String(body.code ?? ''));
        if (!match) return send({ errcode: 40029, errmsg: 'invalid code' });
        return send({
          errcode: 0,
          errmsg: 'ok',
          phone_info: {
            phoneNumber: match[1],
            purePhoneNumber: match[1],
            countryCode: '86',
            watermark: { timestamp: Math.floor(Date.now() / 1000), appid: state.appId },
          },
        });
      }
      default:
        response.statusCode = 404;
        return send({ errcode: -1, errmsg: 'not found' });
    }
  };
  // A request that fails halfway (the client hung up while sending its body) is dropped; a rejection left
  // unhandled here would end the process the fake runs in: the BFF in development, or a test run.
  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    state,
    openidOf: fakeOpenidOf,
    authorise: (openid, templateId) => {
      const key = subscriptionKey(openid, templateId);
      state.subscriptions.set(key, (state.subscriptions.get(key) ?? 0) + 1);
    },
    deliveriesTo: (openid) => state.sentMessages.filter((m) => m.touser === openid).length,
    mediaChecksSettled: async () => {
      while (checksUnderWay.size > 0) await Promise.all([...checksUnderWay]);
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // kept-alive sockets of clients that gave up waiting
      }),
  };
}

function subscriptionKey(openid: string, templateId: string): string {
  return `${openid} ${templateId}`;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += chunk;
  try {
    return JSON.parse(text || '{}');
  } catch {
    return {};
  }
}

function json(response: ServerResponse, payload: unknown): void {
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify(payload));
}
