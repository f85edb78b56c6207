import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export interface ServerProcess {
  url: string;
  process: ChildProcess;
  /** Everything the server printed, for assertions on logs. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * libfaketime preloaded into the BFF itself (Debian's `faketime` package), as `faketime -f '@…'` would: the
 * `faketime` command forks, and the test could then stop only the wrapper, not the server.
 */
function fakeClock(instant: string): Record<string, string> {
  const library = process.env.FAKETIME_LIBRARY ?? '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
  if (!existsSync(library)) throw new Error(`libfaketime not found at ${library}: apt-get install faketime (or set FAKETIME_LIBRARY)`);
  return { LD_PRELOAD: library, FAKETIME: `@${instant}`, FAKETIME_DONT_FAKE_MONOTONIC: '1', TZ: 'UTC' };
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts the built BFF (`npm start` minus the build) on a fresh SQLite file, unless `env` points it elsewhere,
 * and waits until /api/health answers. `faketime` (e.g. '2026-12-01 10:00:00', UTC) starts its clock at that
 * instant, running on from there. `startTimeoutMs` (60 s by default) bounds the wait, for a start that does more than usual.
 */
export async function startServerProcess(
  env: Record<string, string> = {},
  options: { faketime?: string; startTimeoutMs?: number } = {},
): Promise<ServerProcess> {
  // A server restarted at a later time may keep its address (env.PORT): a browser's storage belongs to its origin.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'weimin-server-'));
  let output = '';
  const child = spawn(process.execPath, [join(ROOT, 'apps/bff/dist/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DB_TYPE: 'sqlite',
      SQLITE_PATH: join(dataDir, 'weimin.sqlite'),
      PHOTO_STORAGE_DIR: join(dataDir, 'photos'),
      DEMO_STAFF_PASSWORD: 'Demo-Passw0rd',
      SEED_DEMO_MESSAGES: 'false',
      MESSAGE_POSTS_PER_HOUR: '1000',
      // The browser suites share this one server and sign in from 127.0.0.1, failures included (as test/support/api-app.ts).
      SIGN_IN_FAILURES_PER_ADDRESS: '10000',
      PASSWORD_HASH_MEMORY_KIB: '1024',
      // Each server keeps its limits and tokens to itself unless its test shares a Redis on purpose (with its own prefix).
      REDIS_URL: '',
      ...(options.faketime ? fakeClock(options.faketime) : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`BFF exited with ${child.exitCode}:\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL'); // never left running behind a failed start (one stuck in start-up may not heed SIGTERM)
    throw new Error(`BFF did not become healthy:\n${output}`);
  }

  return {
    url,
    process: child,
    output: () => output,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
