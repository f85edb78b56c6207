// Runs in every browser spec file (setupFilesAfterEnv): after each test, axe audits what the open pages show and the
// test fails on any critical or serious violation found during it; after the file, the moderate and minor counts.
import type { BrowserContext } from 'playwright-core';
import { auditOpenPages, auditState, describeFindings, takeFindings } from './axe-audit';

function openContexts(): Set<BrowserContext> {
  return (globalThis as { __weiminBrowserContexts?: Set<BrowserContext> }).__weiminBrowserContexts ?? new Set();
}

afterEach(async () => {
  await auditOpenPages(openContexts());
  const findings = takeFindings();
  if (findings.length > 0)
    throw new Error(`axe (${'wcag2a, wcag2aa, wcag21aa'}): ${findings.length} critical or serious violation(s)\n${describeFindings(findings)}`);
});

afterAll(() => {
  const state = auditState();
  const counts = [...state.minor.entries()].sort((a, b) => b[1] - a[1]);
  const moderate = counts.filter(([key]) => key.startsWith('moderate ')).reduce((sum, [, n]) => sum + n, 0);
  const minor = counts.filter(([key]) => key.startsWith('minor ')).reduce((sum, [, n]) => sum + n, 0);
  const detail = counts.map(([key, n]) => `${key} ×${n}`).join(', ');
  process.stdout.write(
    `axe: ${state.audits} audits in ${expect.getState().testPath?.split('/').pop()}; moderate ${moderate}, minor ${minor}${detail ? ` (${detail})` : ''}\n`,
  );
});
