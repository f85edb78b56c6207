// axe-core (the npm package) run on every page the browser suites show: the first time in a spec file that a page arrives
// at a page (a load or one of the H5/console routers' pushState; ids and query left out), once it has settled, and once more
// on what every open page shows when a test ends. Rules tagged wcag2a, wcag2aa and wcag21aa; a critical or serious
// violation fails the test (test/support/browser-a11y-setup.ts), moderate and minor ones are counted and printed.
// The script goes in with page.evaluate (the DevTools protocol), so the pages' strict CSP stays as it is.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

export interface AxeFinding {
  url: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

interface AuditState {
  findings: AxeFinding[];
  /** Moderate and minor violations per rule id, counted once per page address. */
  minor: Map<string, number>;
  audits: number;
  pending: Set<Promise<void>>;
  reported: Set<string>;
  /** Pages (pageOf) already audited on arrival in this spec file: a later arrival at the same one is not audited again. */
  arrived: Set<string>;
}

/**
 * antd's and its rc-components' English screen-reader strings (issue 15: the console speaks Chinese throughout): every
 * string of antd's en_US locale, and those the components hard-code. On a console page, an aria-label, title,
 * placeholder, alt or live-region text equal to one of them is a finding (rule `zh-cn-locale`, serious): the
 * ConfigProvider's zh_CN did not reach it.
 */
let englishStrings: string[] | undefined;
function antdEnglish(): string[] {
  if (englishStrings) return englishStrings;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- antd's CommonJS build, read once in Node
  const locale = (require('antd/lib/locale/en_US') as { default: object }).default;
  const found = new Set<string>(['remove', 'Add tab', 'Toggle start panel', 'Toggle end panel', 'Clear color']);
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      // Words, not date formats, templates or the locale's own name.
      if (/[A-Za-z]{2}/.test(value) && !/\$|YYYY|HH|^en(_US)?$/.test(value)) found.add(value);
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(locale);
  englishStrings = [...found];
  return englishStrings;
}

let axeSource: string | undefined;
function source(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export function auditState(): AuditState {
  const holder = globalThis as { __weiminAxe?: AuditState };
  holder.__weiminAxe ??= { findings: [], minor: new Map(), audits: 0, pending: new Set(), reported: new Set(), arrived: new Set() };
  return holder.__weiminAxe;
}

const running = new WeakMap<Page, Promise<void>>();

/** The same violation on the same address is reported once. */
function record(url: string, violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>): void {
  const state = auditState();
  const keys = state.reported;
  for (const violation of violations) {
    const key = `${url}|${violation.id}|${violation.nodes.map((node) => JSON.stringify(node.target)).join(',')}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const impact = violation.impact ?? 'minor';
    if (impact === 'critical' || impact === 'serious') {
      state.findings.push({ url, rule: violation.id, impact, help: violation.help, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) });
    } else {
      state.minor.set(`${impact} ${violation.id}`, (state.minor.get(`${impact} ${violation.id}`) ?? 0) + 1);
    }
  }
}

/**
 * Runs axe on what `page` shows now, once it has settled (settledAxe); one run at a time per page. A test goes on while
 * its pages are audited, so a run may catch a popup mid-animation or a list closing: what a run finds counts only if a
 * second settled run, at the same address, finds it too (the same rule on the same elements).
 */
export function audit(page: Page): Promise<void> {
  const previous = running.get(page) ?? Promise.resolve();
  const next = previous.then(() => runAxe(page));
  running.set(page, next);
  const state = auditState();
  state.pending.add(next);
  void next.finally(() => state.pending.delete(next));
  return next;
}

type Violations = Parameters<typeof record>[1];

/**
 * axe once the DOM has been still for 300 ms (at most 4 s) and the CSS animations and transitions running then have
 * finished (at most 2 s; endless ones, such as a spinner, are not waited for): a popup fading in is audited at its
 * final colours.
 */
async function settledAxe(page: Page): Promise<{ url: string; violations: Violations }> {
  return page.evaluate(async (tags) => {
    await new Promise<void>((settle) => {
      let timer = setTimeout(done, 300);
      const cap = setTimeout(done, 4000);
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, 300);
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      function done() {
        observer.disconnect();
        clearTimeout(timer);
        clearTimeout(cap);
        settle();
      }
    });
    const finite = document.getAnimations().filter((animation) => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity);
    await Promise.race([Promise.allSettled(finite.map((animation) => animation.finished)), new Promise((wait) => setTimeout(wait, 2000))]);
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const outcome = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return { url: location.href, violations: outcome.violations as Violations };
  }, AXE_TAGS);
}

const violationKey = (violation: Violations[number]) => `${violation.id}|${violation.nodes.map((node) => JSON.stringify(node.target)).join(',')}`;

async function runAxe(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const url = page.url();
  if (!/^https?:/.test(url)) return;
  try {
    const installed = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
    if (!installed) await page.evaluate(source());
    let result = await settledAxe(page);
    if (result.violations.length > 0) {
      const again = await settledAxe(page);
      // Gone elsewhere meanwhile: that address is audited on its own.
      if (again.url !== result.url) return;
      const persisting = new Set(again.violations.map(violationKey));
      result = { url: result.url, violations: result.violations.filter((violation) => persisting.has(violationKey(violation))) };
    }
    auditState().audits += 1;
    record(result.url, result.violations);
    if (new URL(result.url).pathname.startsWith('/admin')) record(result.url, await englishScreenReaderText(page));
  } catch (error) {
    // The page went on to another address or closed while axe ran: the next address is audited on its own.
    const message = (error as Error).message;
    if (/Execution context was destroyed|Target page, context or browser has been closed|navigation|Target closed|frame was detached/i.test(message)) return;
    throw error;
  }
}

/** The console's screen-reader texts that are antd's English strings, as a violation of rule `zh-cn-locale`. */
async function englishScreenReaderText(page: Page): Promise<Parameters<typeof record>[1]> {
  const nodes = await page.evaluate((english) => {
    const known = new Set(english);
    const isEnglish = (text: string | null) => text !== null && (known.has(text.trim()) || /^Tab \d+ of \d+$/.test(text.trim()));
    const found: Array<{ target: string[] }> = [];
    const name = (element: Element) => {
      const classes = [...element.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('');
      return element.id ? `#${element.id}` : `${element.tagName.toLowerCase()}${classes}`;
    };
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription], [aria-live]')) {
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
        const value = element.getAttribute(attribute);
        if (isEnglish(value)) found.push({ target: [`${name(element)}[${attribute}="${value}"]`] });
      }
      if (element.hasAttribute('aria-live') && isEnglish(element.textContent)) found.push({ target: [`${name(element)} "${element.textContent}"`] });
    }
    // antd's icons say their English names ("plus", "info-circle") unless hidden (apps/admin/src/decorative-icons.ts).
    for (const icon of document.querySelectorAll('.anticon[role="img"][aria-label]:not([aria-hidden="true"])')) {
      found.push({ target: [`${name(icon)}[aria-label="${icon.getAttribute('aria-label')}"]`] });
    }
    return found;
  }, antdEnglish());
  if (nodes.length === 0) return [];
  return [{ id: 'zh-cn-locale', impact: 'serious', help: 'Screen-reader text must be Chinese (antd zh_CN), not antd’s English', nodes }];
}

/**
 * The page an address shows, for the arrival audits: its path with ids as `:id`, without the query. Message 3 and
 * message 7, or a list under two filters, are the same page in two states; each test's last state is audited anyway.
 */
function pageOf(url: string): string {
  if (!/^https?:/.test(url)) return url;
  const { origin, pathname } = new URL(url);
  return origin + pathname.replace(/\/\d+(?=\/|$)/g, '/:id');
}

/** Audits `page` unless this spec file has audited `view` (a dialog, say) on the same page (pageOf) already. */
export function auditOnce(page: Page, view: string): Promise<void> {
  const arrived = auditState().arrived;
  const key = `${pageOf(page.url())} ${view}`;
  if (arrived.has(key)) return Promise.resolve();
  arrived.add(key);
  return audit(page);
}

/** Audits every page of `context` on its first arrival at each page (pageOf), whether the test opened it through a helper or not. */
export function auditEveryPage(context: BrowserContext): void {
  const watch = (page: Page) => {
    // Each page once on arrival (the suite returns to the same lists and details many times; axe costs a second or more
    // on a console page); what a test leaves open is audited again at its end (auditOpenPages), whatever the address.
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const arrived = auditState().arrived;
      const key = pageOf(frame.url());
      if (arrived.has(key)) return;
      arrived.add(key);
      void audit(page).catch(() => undefined);
    });
    // A test that closes its page right after a step would otherwise cut the audit of what that step showed.
    const close = page.close.bind(page);
    page.close = async (options) => {
      await running.get(page)?.catch(() => undefined);
      return close(options);
    };
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

/** Audits what every open page shows now and waits for every audit still running. */
export async function auditOpenPages(contexts: Iterable<BrowserContext>): Promise<void> {
  for (const context of contexts) for (const page of context.pages()) void audit(page).catch(() => undefined);
  await Promise.allSettled([...auditState().pending]);
}

/** Takes the critical and serious findings recorded so far (they are reported once). */
export function takeFindings(): AxeFinding[] {
  const state = auditState();
  return state.findings.splice(0, state.findings.length);
}

export function describeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `  [${f.impact}] ${f.rule}: ${f.help}\n    at ${f.url}\n    ${f.targets.join('\n    ')}`).join('\n');
}
