/// <reference lib="dom" />
// The 留言 form tells citizens how soon they get an answer: the working days come from the BFF (GET
// /api/messages/deadlines, the rules its due dates are computed with), not from the page. This BFF runs on its own
// with deadlines no default has (7 / 12 / 13 working days), so a number written into the page would show.
import type { MessageDeadlinesView } from '@weimin/contracts';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { expectNoProblems, openPage } from './admin-helpers';
import { shown } from './h5-helpers';

describe('H5 留言 form: answer deadlines', () => {
  let browser: TestBrowser;
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess(
      {
        BACKGROUND_JOBS: 'false',
        DEADLINE_WORKDAYS_CONSULTATION: '7',
        DEADLINE_WORKDAYS_SUGGESTION: '12',
        DEADLINE_WORKDAYS_COMPLAINT: '13',
        // The 留言 form needs no demo city: a bare start is quicker on a loaded machine.
        SEED_DEMO: 'false',
      },
      { startTimeoutMs: 150_000 },
    );
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows, for each type, the working days the BFF answers with', async () => {
    const answer = await fetch(`${server.url}/api/messages/deadlines`);
    expect(answer.status).toBe(200);
    const deadlines = (await answer.json()) as MessageDeadlinesView;
    expect(deadlines.workdays).toEqual({ consultation: 7, suggestion: 12, complaint: 13 });

    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/h5/packages/messages/pages/compose/index`);
    const hint = shown(page).locator('.compose__hint').first();
    for (const [label, type] of [
      ['咨询', 'consultation'],
      ['建议', 'suggestion'],
      ['投诉', 'complaint'],
    ] as const) {
      await shown(page)
        .locator('.segmented__option', { hasText: new RegExp(`^${label}$`) })
        .click();
      await shown(page).getByText(`一般 ${deadlines.workdays[type]} 个工作日内答复`).waitFor();
    }
    expect(await hint.textContent()).toContain('一般 13 个工作日内答复');
    expect(await page.content()).not.toMatch(/一般 (5|15) 个工作日/);
    await expectNoProblems(page, problems);
    await page.close();
  });
});
