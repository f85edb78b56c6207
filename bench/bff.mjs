// The built BFF for a bench: started on a free loopback port in test mode (production mode refuses demo data), with the
// demo city loaded and without background jobs or the fake WeChat server, which would only add noise.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Starts apps/bff/dist/main.js with `env` (the database, and anything else the bench needs) and resolves once
 * /api/health answers, within `startSeconds`. Its errors go to this process's stderr; its log (stdout) is dropped unless
 * BENCH_BFF_STDOUT is set (with LOG_LEVEL=error it names what a 5xx was, e.g. `BENCH_BFF_STDOUT=1 LOG_LEVEL=error npm run bench`).
 */
export async function startBff(env, { startSeconds }) {
  const port = 20000 + Math.floor(Math.random() * 40000);
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [join(root, 'apps/bff/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      SEED_DEMO: 'true',
      BACKGROUND_JOBS: 'false',
      WECHAT_FAKE: 'false',
      ...env,
    },
    stdio: ['ignore', process.env.BENCH_BFF_STDOUT ? 'inherit' : 'ignore', 'inherit'],
  });
  const stop = () => server.kill('SIGTERM');
  const deadline = Date.now() + startSeconds * 1000;
  while (Date.now() < deadline && server.exitCode === null) {
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`the BFF did not start on ${url} (exit code ${server.exitCode}); its errors are above`);
}
