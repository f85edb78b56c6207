#!/usr/bin/env node
// Draws the demo's 图解 pictures (apps/miniapp/demo-media/*.png) from the demo interpretations: title and key points,
// as a one-page infographic. The PNGs are committed; run this again after changing the demo's graphics.
// Needs a built BFF (npm run build:bff) and Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const { DEMO_INTERPRETATIONS } = require('../apps/bff/dist/database/seeds/demo-interpretations.js');
const out = 'apps/miniapp/demo-media';
mkdirSync(out, { recursive: true });

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 640, height: 400 } });
for (const seed of DEMO_INTERPRETATIONS.filter((s) => s.imageUrl)) {
  const points = seed.points.map((point, index) => `<li><b>${index + 1}</b><span>${escape(point)}</span></li>`).join('');
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; font-family: 'Noto Sans CJK SC', 'Noto Serif CJK SC', sans-serif; background: #eef3fb; color: #1d2129; }
    main { padding: 28px; }
    h1 { margin: 0 0 20px; padding: 18px 20px; font-size: 26px; line-height: 1.4; background: #1f5fbf; color: #fff; border-radius: 12px; }
    ol { list-style: none; margin: 0; padding: 0; }
    li { display: flex; gap: 14px; align-items: flex-start; background: #fff; border-radius: 12px; padding: 16px; margin-bottom: 14px; font-size: 20px; line-height: 1.5; }
    b { flex: none; width: 36px; height: 36px; border-radius: 50%; background: #1f5fbf; color: #fff; text-align: center; line-height: 36px; }
    footer { font-size: 16px; color: #5c6470; }
  </style><main><h1>${escape(seed.title)}</h1><ol>${points}</ol><footer>临溪市 · 演示图解</footer></main>`);
  const file = join(out, seed.imageUrl.split('/').pop());
  await page.locator('main').screenshot({ path: file });
  console.log(`wrote ${file}`);
}
await browser.close();
