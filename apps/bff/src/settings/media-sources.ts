/**
 * Where an interpretation's picture or video may come from (docs/accessibility.md, issue 15 point 5): an https URL
 * whose host is on the administrator's allow-list (系统设置 › 媒体来源), or, for a picture, a path this server serves
 * itself (the demo's pictures under /h5/).
 */

/** The host of an https URL, lower case; null for anything else. */
export function httpsHostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** A path on this server: one leading slash (not `//host`), no `..`, no backslash, no scheme. */
export function isSitePath(url: string): boolean {
  return /^\/(?![/\\])[^\s\\?#]*$/.test(url) && !url.split('/').includes('..');
}

export type MediaSourceProblem = 'not_https' | 'host_not_allowed';

/** Why `url` may not be shown, or null when it may. `sitePathAllowed`: pictures may be served by this server. */
export function mediaSourceProblem(url: string, allowedHosts: readonly string[], sitePathAllowed: boolean): MediaSourceProblem | null {
  if (sitePathAllowed && isSitePath(url)) return null;
  const host = httpsHostOf(url);
  if (host === null) return 'not_https';
  return allowedHosts.includes(host) ? null : 'host_not_allowed';
}

/** The list as kept: trimmed, lower case, each once, in the order given. */
export function normalisedHosts(hosts: readonly string[]): string[] {
  return [...new Set(hosts.map((host) => host.trim().toLowerCase()).filter(Boolean))];
}
