import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { auditEveryPage } from './axe-audit';

/** Debian's Chromium; tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export interface TestBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A headless Chromium with a fresh profile and no background traffic (this machine has no outside network). */
export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'weimin-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  openContexts().add(context);
  // Every address any page of this browser arrives at is audited by axe (test/support/axe-audit.ts).
  auditEveryPage(context);
  return {
    context,
    close: async () => {
      openContexts().delete(context);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The contexts still open, for the suite's environment to record when a test fails (browser-environment.js). */
function openContexts(): Set<BrowserContext> {
  const holder = globalThis as { __weiminBrowserContexts?: Set<BrowserContext> };
  holder.__weiminBrowserContexts ??= new Set();
  return holder.__weiminBrowserContexts;
}

/** The server the browser suite's global setup started. */
export function baseUrl(): string {
  const url = process.env.WEIMIN_BASE_URL;
  if (!url) throw new Error('WEIMIN_BASE_URL is not set: run the browser suite through test/jest.browser.config.js');
  return url;
}
