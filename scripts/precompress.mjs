#!/usr/bin/env node
// Brotli and gzip copies of a built front end's text files, written next to them (app.js → app.js.br, app.js.gz), so
// the BFF serves them precompressed (@fastify/static `preCompressed`) and never compresses per request. Run by
// `npm run build:admin` and `npm run build:h5` after their bundler.
// Usage: node scripts/precompress.mjs <dist folder> [...]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|map|wasm|xml|ico)$/;
/** Below this, the headers of a compressed answer cost about what they save. */
const MIN_BYTES = 1024;

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: node scripts/precompress.mjs <dist folder> [...]');
  process.exit(2);
}
for (const folder of folders) {
  let raw = 0;
  let brotli = 0;
  let count = 0;
  for (const path of files(folder)) {
    const bytes = readFileSync(path);
    if (bytes.length < MIN_BYTES) continue;
    const br = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
    raw += statSync(path).size;
    brotli += br.length;
    count += 1;
  }
  console.log(`[precompress] ${folder}: ${count} files, ${Math.round(raw / 1024)} KB → ${Math.round(brotli / 1024)} KB brotli (and .gz)`);
}
