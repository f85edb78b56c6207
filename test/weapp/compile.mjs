// Compiles the WeChat build with Tencent's miniprogram-ci, offline, and prints one JSON line:
//   {"ok":true,"files":[...paths...]}  or  {"ok":false,"error":"..."}
// Usage: node test/weapp/compile.mjs <projectPath>
// Runs in its own process because miniprogram-ci keeps timers and sockets open; process.exit ends them.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const projectPath = process.argv[2];

// miniprogram-ci probes Tencent's servers; a dead local proxy makes those probes fail at once instead of hanging.
process.env.HTTPS_PROXY = process.env.HTTP_PROXY = process.env.https_proxy = process.env.http_proxy = 'http://127.0.0.1:9';

function emit(result) {
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
  process.exit(result.ok ? 0 : 1);
}

try {
  const ci = require('miniprogram-ci');
  const project = new ci.Project({
    appid: 'wx0000000000000000',
    type: 'miniProgram',
    projectPath,
    privateKey: 'offline',
    attr: async () => ci.DefaultProjectAttr,
  });
  const compiled = await ci.getCompiledResult({ project, setting: { es7: true, minifyWXML: true, minifyWXSS: true } });
  emit({ ok: true, files: Object.keys(compiled).sort() });
} catch (error) {
  emit({ ok: false, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
}
