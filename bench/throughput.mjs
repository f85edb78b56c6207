#!/usr/bin/env node
// Throughput of the built BFF: a bare static JSON endpoint (/api/version, no I/O) against a real read endpoint
// (/api/agencies?kind=public_enterprise: validation, SQLite query, mapping), in one run, on loopback only.
// Usage: npm run build:contracts && npm run build:bff && npm run bench [-- --seconds 10 --connections 50]
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBff } from './bff.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } });
const duration = Number(values.seconds);
const connections = Number(values.connections);
const dataDir = mkdtempSync(join(tmpdir(), 'weimin-bench-'));

let bff;
try {
  // The demo city gives the read endpoint real rows.
  bff = await startBff({ DB_TYPE: 'sqlite', SQLITE_PATH: join(dataDir, 'bench.sqlite') }, { startSeconds: 20 });
  const { url } = bff;
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
  bff?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
