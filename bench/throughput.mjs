#!/usr/bin/env node
// Throughput of the built BFF: a bare static JSON endpoint (/api/version, no I/O) against a real read endpoint
// (/api/agencies?kind=public_enterprise: validation, SQLite query, mapping), in one run, on loopback only.
// Usage: npm run build:contracts && npm run build:bff && npm run bench [-- --seconds 10 --connections 50]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } });
const duration = Number(values.seconds);
const connections = Number(values.connections);
const port = 3900 + Math.floor(Math.random() * 90);
const dataDir = mkdtempSync(join(tmpdir(), 'weimin-bench-'));

// The demo city gives the read endpoint real rows; production mode refuses demo data, so the BFF runs as in tests,
// without background jobs or the fake WeChat server, which would only add noise.
const server = spawn(process.execPath, [join(root, 'apps/bff/dist/main.js')], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DB_TYPE: 'sqlite',
    SQLITE_PATH: join(dataDir, 'bench.sqlite'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    SEED_DEMO: 'true',
    BACKGROUND_JOBS: 'false',
    WECHAT_FAKE: 'false',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;

try {
  let up = false;
  for (let i = 0; i < 100 && !up && server.exitCode === null; i++) {
    up = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (!up) await new Promise((r) => setTimeout(r, 200));
  }
  if (!up) throw new Error(`the BFF did not start on ${url} (exit code ${server.exitCode}); its errors are above`);
  const measure = async (path) => {
    await autocannon({ url: url + path, connections, duration: 2 }); // warm-up
    const result = await autocannon({ url: url + path, connections, duration });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return { path, requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99 };
  };
  const bare = await measure('/api/version');
  const read = await measure('/api/agencies?kind=public_enterprise');
  const ratio = Math.round((read.requestsPerSecond / bare.requestsPerSecond) * 100) / 100;
  console.table([bare, read]);
  console.log(JSON.stringify({ connections, seconds: duration, bare, read, readToBareRatio: ratio }));
} finally {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
