/**
 * What a WeChat build needs from its environment, and the release check.
 *
 * - `WEIMIN_API_BASE`: the BFF's https origin, registered as a request domain in the MP console.
 * - `WECHAT_APPID`: the mini-program's appid (the BFF reads the same variable for jscode2session).
 * - `WECHAT_REPLY_TEMPLATE_ID`: the 答复通知 subscribe-message template (the BFF sends with the same variable).
 * - `WECHAT_ANNOUNCEMENT_TEMPLATE_ID`, `WECHAT_PROGRESS_TEMPLATE_ID`: 订阅's 便民公告通知 and 办理进度通知 templates (the BFF's
 *   names too). Optional: without them 订阅 still follows a unit, and the dialog asks for nothing WeChat would send.
 *
 * `WEIMIN_RELEASE=true` makes a release build: every value must be real, or the build stops before compiling
 * anything. Without it (development, `npm test`) the placeholders below are used and the home page says so.
 */

export const PLACEHOLDER_API_BASE = 'https://weimin.example.gov.cn';
export const PLACEHOLDER_APPID = 'wx0000000000000000';
export const PLACEHOLDER_TEMPLATE_ID = 'reply-template';

export interface BuildSettings {
  release: boolean;
  apiBase: string;
  appId: string;
  replyTemplateId: string;
  /** Empty when not configured: the mini-program then asks WeChat for nothing it could not send. */
  announcementTemplateId: string;
  progressTemplateId: string;
  /** Names of the variables that were missing and replaced by a placeholder (development builds only). */
  placeholders: string[];
}

type Env = Record<string, string | undefined>;

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** Domains reserved for documentation (RFC 2606 / 6761) and this repository's placeholder. */
const RESERVED = /(^|\.)(example|invalid|test|localhost)(\.|$)/i;

/** Why `value` cannot be the API origin of a release build, or undefined when it can. */
export function apiBaseProblem(value: string): string | undefined {
  const match = /^https:\/\/([^/:?#]+)(:\d{1,5})?\/?$/.exec(value);
  if (!match) return 'WEIMIN_API_BASE must be an https origin such as https://weimin.your-city.gov.cn (no path)';
  const host = match[1];
  if (IPV4.test(host) || host.startsWith('[')) return `WEIMIN_API_BASE must name a host, not an IP address (got ${host}): WeChat accepts only domain names`;
  if (!HOST_NAME.test(host)) return `WEIMIN_API_BASE has no valid host name (got ${host})`;
  if (RESERVED.test(host)) return `WEIMIN_API_BASE is a placeholder or reserved name (got ${host})`;
  return undefined;
}

export function appIdProblem(value: string): string | undefined {
  if (!/^wx[0-9a-f]{16}$/.test(value)) return 'WECHAT_APPID must be wx followed by 16 hex digits, as shown in the MP console';
  if (value === PLACEHOLDER_APPID) return 'WECHAT_APPID is the placeholder wx0000000000000000';
  return undefined;
}

export function templateIdProblem(value: string, variable = 'WECHAT_REPLY_TEMPLATE_ID'): string | undefined {
  // Template ids from 订阅消息 → 我的模板 are 43 characters of letters, digits, - and _.
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(value)) return `${variable} must be the template id from the MP console (订阅消息 → 我的模板)`;
  return undefined;
}

/**
 * Reads the build settings; a release WeChat build with a missing or placeholder value throws, naming every problem.
 * H5 is served by the BFF from its own origin and needs none of them, so `WEIMIN_RELEASE` checks only `TARO_ENV=weapp`.
 */
export function buildSettings(env: Env): BuildSettings {
  if (env.WEIMIN_RELEASE !== undefined && !['true', 'false', ''].includes(env.WEIMIN_RELEASE)) {
    throw new Error(`WEIMIN_RELEASE must be true or false (got "${env.WEIMIN_RELEASE}")`);
  }
  const release = env.WEIMIN_RELEASE === 'true' && env.TARO_ENV === 'weapp';
  const given = {
    WEIMIN_API_BASE: env.WEIMIN_API_BASE?.trim().replace(/\/+$/, '') || undefined,
    WECHAT_APPID: env.WECHAT_APPID?.trim() || undefined,
    WECHAT_REPLY_TEMPLATE_ID: env.WECHAT_REPLY_TEMPLATE_ID?.trim() || undefined,
  };
  // 订阅's templates are optional: checked when given, never replaced by a placeholder the home page would warn of.
  const optional = {
    WECHAT_ANNOUNCEMENT_TEMPLATE_ID: env.WECHAT_ANNOUNCEMENT_TEMPLATE_ID?.trim() || undefined,
    WECHAT_PROGRESS_TEMPLATE_ID: env.WECHAT_PROGRESS_TEMPLATE_ID?.trim() || undefined,
  };
  if (release) {
    const problems = [
      ...Object.entries(optional).map(([variable, value]) => (value === undefined ? undefined : templateIdProblem(value, variable))),
      given.WEIMIN_API_BASE === undefined ? 'WEIMIN_API_BASE is not set' : apiBaseProblem(given.WEIMIN_API_BASE),
      given.WECHAT_APPID === undefined ? 'WECHAT_APPID is not set' : appIdProblem(given.WECHAT_APPID),
      given.WECHAT_REPLY_TEMPLATE_ID === undefined ? 'WECHAT_REPLY_TEMPLATE_ID is not set' : templateIdProblem(given.WECHAT_REPLY_TEMPLATE_ID),
    ].filter((problem): problem is string => problem !== undefined);
    if (problems.length > 0) {
      throw new Error(
        `Release build refused (WEIMIN_RELEASE=true):\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nSee README, "Releasing the mini-program".`,
      );
    }
  }
  return {
    release,
    apiBase: given.WEIMIN_API_BASE ?? PLACEHOLDER_API_BASE,
    appId: given.WECHAT_APPID ?? PLACEHOLDER_APPID,
    replyTemplateId: given.WECHAT_REPLY_TEMPLATE_ID ?? PLACEHOLDER_TEMPLATE_ID,
    announcementTemplateId: optional.WECHAT_ANNOUNCEMENT_TEMPLATE_ID ?? '',
    progressTemplateId: optional.WECHAT_PROGRESS_TEMPLATE_ID ?? '',
    placeholders: Object.entries(given)
      .filter(([, value]) => value === undefined)
      .map(([name]) => name),
  };
}
