// The browser suite's jest environment: when a test fails, it records what every open page showed at that moment,
// a screenshot under test/.artifacts/screens/ and the page's address and visible text in the log, so a failure
// on a CI machine can be read afterwards. The pages are the ones launchBrowser (browser.ts) registers.
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const SCREENS = join(__dirname, '..', '.artifacts', 'screens');
const TEXT_LIMIT = 1500;

class BrowserTestEnvironment extends TestEnvironment {
  failures = 0;

  async handleTestEvent(event) {
    if (event.name !== 'test_fn_failure' && event.name !== 'hook_failure') return;
    const contexts = this.global.__weiminBrowserContexts;
    if (!contexts || contexts.size === 0) return;
    this.failures += 1;
    mkdirSync(SCREENS, { recursive: true });
    const testName = fullName(event.test ?? event.hook);
    const stem = `${this.failures}-${testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}`;
    const lines = [`What the open pages showed when "${testName}" failed:`];
    let index = 0;
    for (const context of contexts) {
      for (const page of context.pages()) {
        if (page.url() === 'about:blank') continue;
        index += 1;
        const file = join(SCREENS, `${stem}-${index}.png`);
        try {
          await page.screenshot({ path: file, timeout: 5000 });
          const text = await page.evaluate(() => document.body.innerText, undefined);
          lines.push(`  page ${index}: ${page.url()}  (${file})`, indent(text.slice(0, TEXT_LIMIT)));
        } catch (error) {
          lines.push(`  page ${index}: ${page.url()}: could not record it (${error.message.split('\n')[0]})`);
        }
      }
    }
    process.stderr.write(`${lines.join('\n')}\n`);
  }
}

function fullName(test) {
  const names = [];
  for (let block = test; block && block.name !== 'ROOT_DESCRIBE_BLOCK'; block = block.parent) names.unshift(block.name);
  return names.join(' › ');
}

function indent(text) {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `      ${line}`)
    .join('\n');
}

module.exports = BrowserTestEnvironment;
