#!/usr/bin/env node
// H5 first load over the wire: serves the built H5 (apps/miniapp/dist/h5) on a loopback port, opens /h5/ in Chromium,
// and sums the brotli size (the .br files scripts/precompress.mjs wrote, which the BFF sends) of every JS file the
// first page loads. Issue 14's budget: 150 KB. Exits 1 above it.
// Usage: npm run build:h5 && npm run bench:size
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'apps/miniapp/dist/h5');
const BUDGET_KB = 150;
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

if (!existsSync(join(dist, 'index.html'))) {
  console.error('[bench:size] no H5 build: run `npm run build:h5` first');
  process.exit(1);
}

// The SPA as the BFF serves it: files under /h5/, index.html for any other path; /api answers nothing.
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const file = path.startsWith('/h5/') ? normalize(join(dist, path.slice(4))) : '';
  if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  } else if (path.startsWith('/h5')) {
    response.writeHead(200, { 'content-type': TYPES['.html'] }).end(readFileSync(join(dist, 'index.html')));
  } else {
    response.writeHead(404, { 'content-type': 'application/json' }).end('{}');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/h5/`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  const scripts = new Set();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.add(pathname.slice(4));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const rows = [...scripts].map((path) => {
    const file = join(dist, path);
    const raw = statSync(file).size;
    const brotli = existsSync(`${file}.br`) ? statSync(`${file}.br`).size : raw;
    return { file: path, rawKB: +(raw / 1024).toFixed(1), brotliKB: +(brotli / 1024).toFixed(1), precompressed: existsSync(`${file}.br`) };
  });
  console.table(rows);
  const total = (key) => Math.round(rows.reduce((sum, row) => sum + row[key], 0) * 10) / 10;
  const result = { files: rows.length, rawKB: total('rawKB'), brotliKB: total('brotliKB'), budgetKB: BUDGET_KB, withinBudget: total('brotliKB') <= BUDGET_KB };
  console.log(JSON.stringify(result));
  if (!result.withinBudget || rows.some((row) => !row.precompressed)) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
